/**
 * Kumiki's block language, shared by the editor (WebView) and the headless
 * compiler (GraalJS): the same definitions, toolbox, messages and generator,
 * so both produce the same sketch byte for byte.
 */
import * as Blockly from 'blockly/core';
import 'blockly/blocks';
import BlocklyEn from 'blockly/msg/en';
import BlocklyJa from 'blockly/msg/ja';

import startBlocks from './definitions/start.json';
import controlBlocks from './definitions/control.json';
import screenBlocks from './definitions/screen.json';
import buttonBlocks from './definitions/buttons.json';
import soundBlocks from './definitions/sound.json';
import sensorBlocks from './definitions/sensors.json';
import serialBlocks from './definitions/serial.json';
import pinBlocks from './definitions/pins.json';
import timeBlocks from './definitions/time.json';
import mathBlocks from './definitions/math.json';
import textBlocks from './definitions/text.json';
import toolboxJson from './toolbox.json';
import en from './msg/en.json';
import ja from './msg/ja.json';

import {OPTION_LISTS} from './options.js';
import {arduinoGenerator} from './generators/index.js';
import {HELPER_NAMES, isHat, isTeachBlock} from './generators/arduino.js';
import {modelSensor} from './generators/arduino/teach.js';
import {inferTypes} from './types.js';
import {buildAssets, setBuildAssets} from './assets.js';
import {registerModelLabelField} from './fields/model_label.js';
import teachBlocks from './definitions/teach.json';

export {Blockly, arduinoGenerator, HELPER_NAMES, buildAssets, setBuildAssets};

const MESSAGES = {en: [BlocklyEn, en], ja: [BlocklyJa, ja]};
export const LANGUAGES = Object.keys(MESSAGES);

const DEFINITIONS = [startBlocks, controlBlocks, screenBlocks, buttonBlocks, soundBlocks,
  sensorBlocks, serialBlocks, pinBlocks, timeBlocks, mathBlocks, textBlocks, teachBlocks].flat();

/** Definition JSON with comments removed and shared option lists filled in. */
function prepared(definition) {
  const copy = JSON.parse(JSON.stringify(definition));
  delete copy['//'];
  for (const key of Object.keys(copy)) {
    if (!/^args\d+$/.test(key)) continue;
    for (const arg of copy[key]) {
      if (typeof arg.options === 'string') {
        arg.options = OPTION_LISTS[arg.options].map((o) => [o.label, o.value]);
      }
    }
  }
  return copy;
}

export function setLanguage(lang) {
  // Own keys only: a language named "constructor" or "__proto__" must not reach Object's prototype.
  const [blocklyMessages, ours] = Object.hasOwn(MESSAGES, lang) ? MESSAGES[lang] : MESSAGES.en;
  Blockly.setLocale({...blocklyMessages});
  Object.assign(Blockly.Msg, ours);
}

let defined = false;

/** Registers Kumiki's blocks once. Messages are looked up when a block is built, so language can change later. */
export function defineBlocks(lang) {
  setLanguage(lang);
  if (defined) return;
  registerModelLabelField();
  Blockly.common.defineBlocks(Blockly.common.createBlockDefinitionsFromJsonArray(DEFINITIONS.map(prepared)));
  defined = true;
}

/** Every block type the toolbox offers, plus the ones Blockly makes for variables and functions. */
export function toolboxBlockTypes() {
  const types = new Set(['variables_get', 'variables_set', 'math_change',
    'procedures_defnoreturn', 'procedures_defreturn', 'procedures_callnoreturn',
    'procedures_callreturn', 'procedures_ifreturn']);
  const walk = (node) => {
    if (node.kind === 'block') types.add(node.type);
    (node.contents || []).forEach(walk);
  };
  walk(toolboxJson);
  return [...types].sort();
}

/**
 * What each block is, read from the block itself as its definition builds it: a start block
 * (nothing above it and nothing to its left), a statement, or a value with the types it gives.
 * The build writes this as block-facts.json, so Java code that must tell blocks apart (lesson
 * checks, tests) asks the definitions instead of keeping its own lists.
 */
export function blockFacts() {
  const workspace = new Blockly.Workspace();
  Blockly.Events.disable();
  try {
    const facts = {};
    for (const type of toolboxBlockTypes()) {
      const block = workspace.newBlock(type);
      const output = block.outputConnection;
      facts[type] = {
        shape: output ? 'value' : isHat(block) ? 'hat' : 'statement',
        output: output ? output.getCheck() : null,
      };
    }
    return facts;
  } finally {
    workspace.dispose();
    Blockly.Events.enable();
  }
}

export function toolbox() {
  return JSON.parse(JSON.stringify(toolboxJson));
}

/** The toolbox's block JSON for one type (with its shadow defaults), for tests and lessons. */
export function toolboxBlock(type) {
  let found = null;
  const walk = (node) => {
    if (!found && node.kind === 'block' && node.type === type) found = node;
    (node.contents || []).forEach(walk);
  };
  walk(toolboxJson);
  return found ? JSON.parse(JSON.stringify(found)) : {type};
}

function translate(key, ...args) {
  let text = Blockly.Msg[key] || key;
  args.forEach((a, i) => {
    text = text.replace(`%${i + 1}`, a);
  });
  return text;
}

const TYPE_WORDS = {Number: 'KUMIKI_TYPE_NUMBER', String: 'KUMIKI_TYPE_TEXT', Boolean: 'KUMIKI_TYPE_BOOLEAN'};

/**
 * Problems a child can fix, each tied to a block: variables used as two types,
 * and blocks outside any start block (which never run).
 */
export function findProblems(workspace, types = inferTypes(workspace)) {
  const problems = [];
  for (const c of types.clashes) {
    const variable = workspace.getVariableMap().getVariableById(c.variableId);
    const name = variable ? variable.getName() : c.variableId;
    problems.push({
      kind: 'type-clash',
      blockId: c.blockId,
      message: translate('KUMIKI_WARN_TYPE_CLASH', name, translate(TYPE_WORDS[c.found]), translate(TYPE_WORDS[c.expected])),
    });
  }
  problems.push(...teachProblems(workspace));
  for (const block of workspace.getTopBlocks(true)) {
    if (!isHat(block) && block.isEnabled() && !block.isShadow()) {
      problems.push({kind: 'not-running', blockId: block.id, message: translate('KUMIKI_WARN_ORPHAN')});
    }
  }
  return problems;
}

/**
 * Teach blocks that cannot work as they are: no trained model, a label the model does not have
 * (retrained or renamed since), and the loudness block beside a sound model, which holds the microphone.
 */
function teachProblems(workspace) {
  const problems = [];
  const {labels} = buildAssets();
  const blocks = workspace.getAllBlocks(false).filter((b) => b.isEnabled() && !b.isShadow());
  const teach = blocks.filter((b) => isTeachBlock(b.type));
  for (const block of teach) {
    if (!labels.length) {
      problems.push({kind: 'teach-needs-model', blockId: block.id, message: translate('KUMIKI_WARN_TEACH_NO_MODEL')});
      continue;
    }
    const label = block.getField('LABEL') ? block.getFieldValue('LABEL') : null;
    if (label !== null && !labels.includes(label)) {
      problems.push({kind: 'teach-unknown-label', blockId: block.id,
        message: translate('KUMIKI_WARN_TEACH_UNKNOWN_LABEL', label, labels.join(', '))});
    }
  }
  const sensor = modelSensor();
  if (teach.length && sensor && sensor.kind === 'mic') {
    for (const block of blocks.filter((b) => b.type === 'kumiki_loudness')) {
      problems.push({kind: 'teach-mic-busy', blockId: block.id, message: translate('KUMIKI_WARN_TEACH_MIC_BUSY')});
    }
  }
  return problems;
}

/** Every block type in Blockly's JSON serialization: top blocks, inputs (block and shadow) and next. */
function collectTypes(block, into) {
  if (!block || typeof block !== 'object') return;
  if (typeof block.type === 'string') into.add(block.type);
  for (const input of Object.values(block.inputs || {})) {
    collectTypes(input && input.block, into);
    collectTypes(input && input.shadow, into);
  }
  if (block.next) {
    collectTypes(block.next.block, into);
    collectTypes(block.next.shadow, into);
  }
}

/**
 * Block types in saved workspace JSON that this Kumiki cannot load or turn into C++
 * (made by a newer Kumiki, or hand-edited). Checked before loading, so nothing is half-loaded.
 */
export function unknownBlockTypes(state) {
  const used = new Set();
  for (const top of (state && state.blocks && state.blocks.blocks) || []) collectTypes(top, used);
  return [...used].filter((t) => !Blockly.Blocks[t] || !arduinoGenerator.forBlock[t]).sort();
}

/** Generates the sketch and what sketch.yaml needs. */
/**
 * Which block made each line of the sketch, so a compiler error can point at a block. The sketch
 * is generated once more with a marker before every statement block; the markers come out again,
 * and the caller checks that the code is the same as without them.
 */
export function lineBlocks(workspace) {
  arduinoGenerator.STATEMENT_PREFIX = '\u0001%1\u0002';
  let marked;
  try {
    marked = arduinoGenerator.workspaceToCode(workspace);
  } finally {
    arduinoGenerator.STATEMENT_PREFIX = null;
  }
  const marker = /\u0001'([^\u0002]*)'\u0002/g;
  const lines = [];
  const blocks = [];
  let owner = null;
  let ownerIndent = -1;
  for (const raw of marked.split('\n')) {
    let id = null;
    for (const m of raw.matchAll(marker)) id = m[1];
    const line = raw.replace(marker, '');
    const indent = line.length - line.trimStart().length;
    if (id !== null) {
      owner = id;
      ownerIndent = indent;
    } else if (owner !== null && !(indent > ownerIndent || (indent === ownerIndent && line.trim() === '}'))) {
      owner = null;
    }
    lines.push(line);
    blocks.push(id !== null ? id : owner);
  }
  return {code: lines.join('\n'), blocks};
}

export function generate(workspace) {
  const code = arduinoGenerator.workspaceToCode(workspace);
  // The types are those the code was generated with; findProblems takes them instead of inferring again.
  return {code, libraries: arduinoGenerator.libraries(), clashes: arduinoGenerator.typeInfo.clashes,
    types: arduinoGenerator.typeInfo};
}
