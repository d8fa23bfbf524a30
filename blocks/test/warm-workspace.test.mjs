// The compiler keeps its workspace between compiles and builds again only the stacks that changed
// (src/warm-workspace.js), and replays what an unchanged stack gave the generator last time
// (src/generators/stack-cache.js). The independent expectation is a fresh load and a full generation
// of the whole program, with Blockly as it is: after every edit of a long run of random edits, as a
// child makes them (change a number, move a stack, take a stack away, bring it back, move blocks to
// another stack, add a loop whose counter takes a name, give a variable another kind of value, switch
// the language), both must give the same sketch, problems and block count.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {comparing} from '../test-support/compare.mjs';
import {eachBlock} from '../test-support/headless.mjs';

const {patched, asBlocklyIs, everyBlock, withIds} = comparing();
const root = join(import.meta.dirname, '..', '..');

/** A small seeded generator, so that a failing run can be run again. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every stack of the samples, the fixtures and the toolbox in one program, each source's variables
 * and procedures given names of their own, and every variable listed, as the editor saves them.
 */
function program() {
  const sources = [JSON.parse(withIds(everyBlock()))];
  for (const name of readdirSync(join(root, 'samples'))) {
    sources.push(JSON.parse(readFileSync(join(root, 'samples', name, 'project.json'), 'utf8')).workspace);
  }
  const fixtures = join(root, 'codegen', 'src', 'test', 'resources', 'fixtures');
  for (const name of readdirSync(fixtures)) sources.push(JSON.parse(readFileSync(join(fixtures, name), 'utf8')));
  const namesAVariable = new Set(['variables_get', 'variables_set', 'math_change', 'controls_for', 'text_append']);
  const stacks = [];
  const variables = new Map();
  sources.forEach((source, s) => {
    const state = JSON.parse(withIds(JSON.stringify(source)));
    const own = (name) => `${name}_${s}`;
    const idOf = new Map();
    for (const v of state.variables || []) idOf.set(v.id, own(v.name));
    const listed = (name) => {
      variables.set(`v-${name}`, {name, id: `v-${name}`});
      return `v-${name}`;
    };
    let unnamed = 0;
    for (const top of state.blocks.blocks) {
      eachBlock(top, (block) => {
        if (namesAVariable.has(block.type)) {
          const v = (block.fields && block.fields.VAR) || {name: 'thing'};
          const name = v.id && idOf.has(v.id) ? idOf.get(v.id) : own(v.name || v.id);
          block.fields = {...block.fields, VAR: {id: listed(name)}};
        }
        if (block.type.startsWith('procedures_def')) {
          block.fields = {...block.fields, NAME: own((block.fields && block.fields.NAME) || `task${unnamed++}`)};
          for (const param of (block.extraState && block.extraState.params) || []) {
            param.name = idOf.get(param.id) || own(param.name);
            param.id = listed(param.name);
          }
        } else if (block.type.startsWith('procedures_call') && block.extraState && block.extraState.name) {
          block.extraState.name = own(block.extraState.name);
          block.extraState.params = (block.extraState.params || []).map(own);
        }
      });
      stacks.push(renamed(top, `s${s}-`));
    }
  });
  stacks.forEach((top, i) => Object.assign(top, {x: 20 * (i % 7), y: 300 * i}));
  return {stacks, variables: [...variables.values()]};
}

function renamed(top, prefix) {
  const copy = structuredClone(top);
  eachBlock(copy, (block) => {
    block.id = prefix + block.id;
  });
  return copy;
}

function lastInStack(block) {
  while (block.next && block.next.block) block = block.next.block;
  return block;
}

test('after each of 150 random edits, the kept workspace and replayed stacks compile as a fresh load does', () => {
  const next = random(20261202);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const {stacks, variables} = program();
  const removed = [];
  let copies = 0;
  let kept = 0;
  let replayed = 0;
  let refilled = 0;
  const edits = [
    function changeANumber() {
      const numbers = [];
      for (const top of stacks) eachBlock(top, (b) => b.type === 'math_number' && numbers.push(b));
      if (numbers.length) {
        const number = pick(numbers);
        // now and then as a hand-edited file may have it: text, or no number at all
        const odd = next();
        const value = odd < 0.05 ? 'abc' : odd < 0.1 ? String(Math.floor(next() * 10)) : Math.floor(next() * 1000);
        number.fields = {...number.fields, NUM: value};
      }
    },
    function changeAChoiceOrAWord() {
      const choices = {logic_compare: ['OP', ['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'NOPE']],
        math_arithmetic: ['OP', ['ADD', 'MINUS', 'MULTIPLY', 'DIVIDE', 'POWER']],
        logic_operation: ['OP', ['AND', 'OR']], logic_boolean: ['BOOL', ['TRUE', 'FALSE']],
        math_number_property: ['PROPERTY', ['EVEN', 'ODD', 'PRIME', 'DIVISIBLE_BY']],
        text: ['TEXT', ['hi', '', 'a "quote"', 'かな', '\\n']]};
      const found = [];
      for (const top of stacks) eachBlock(top, (b) => choices[b.type] && found.push(b));
      if (found.length) {
        const block = pick(found);
        const [field, values] = choices[block.type];
        block.fields = {...block.fields, [field]: pick(values)};
      }
    },
    function moveAStack() {
      const top = pick(stacks);
      // now and then onto another stack's place, where only a fresh load knows the order
      const other = next() < 0.03 ? pick(stacks) : {x: Math.floor(next() * 900), y: Math.floor(next() * 9000)};
      Object.assign(top, {x: other.x, y: other.y});
    },
    function takeAStackAway() {
      if (stacks.length > 3) removed.push(...stacks.splice(Math.floor(next() * stacks.length), 1));
    },
    function bringOneBack() {
      if (removed.length) stacks.splice(Math.floor(next() * stacks.length), 0, removed.pop());
    },
    function copyAStack() {
      const top = pick(stacks);
      if (top.type.startsWith('procedures_def')) return; // the editor would rename the copy
      stacks.push({...renamed(top, `c${++copies}-`), x: 1000, y: 300 * (stacks.length + copies)});
    },
    function addALoop() {
      // Its counter takes the first free name ("count", "count2" ...), so every later stack's loops
      // take other names than before: those stacks cannot be replayed.
      const top = pick(stacks);
      const body = top.inputs && top.inputs.DO;
      if (!body) return;
      const loop = {type: 'controls_repeat_ext', id: `loop${++copies}`,
        inputs: {TIMES: {shadow: {type: 'math_number', id: `loop${copies}n`, fields: {NUM: 3}}}}};
      if (body.block) loop.next = {block: body.block};
      body.block = loop;
    },
    function giveAVariableAnotherKind() {
      // The inferred type of the variable changes, and with it the code of every stack that uses it.
      const sets = [];
      for (const top of stacks) eachBlock(top, (b) => b.type === 'variables_set' && sets.push(b));
      if (!sets.length) return;
      const set = pick(sets);
      const text = next() < 0.5;
      set.inputs = {...set.inputs, VALUE: {block: text ?
        {type: 'text', id: `${set.id}-t${++copies}`, fields: {TEXT: 'hi'}} :
        {type: 'math_number', id: `${set.id}-n${++copies}`, fields: {NUM: 7}}}};
    },
    function moveBlocksToAnotherStack() {
      const from = pick(stacks);
      const start = from.inputs && from.inputs.DO && from.inputs.DO.block;
      const to = pick(stacks);
      if (!start || to === from || !start.next || to.type.startsWith('procedures_def')) return;
      const moved = start.next.block;
      delete start.next;
      const end = lastInStack(to.inputs && to.inputs.DO && to.inputs.DO.block ? to.inputs.DO.block : to);
      if (end === to && !to.nextStatement && !(to.inputs && to.inputs.DO)) return;
      if (end === to) to.inputs = {...to.inputs, DO: {block: moved}};
      else end.next = {block: moved};
    },
  ];
  for (let step = 0; step < 150; step++) {
    const edit = pick(edits);
    edit();
    const lang = next() < 0.05 ? 'ja' : 'en'; // another language loads afresh: now and then
    const json = JSON.stringify({blocks: {languageVersion: 0, blocks: stacks}, variables});
    const warm = JSON.parse(patched.compile(json, lang, null));
    const fresh = JSON.parse(asBlocklyIs.compile(json, lang, null));
    if (warm.timings && warm.timings.stacksBuilt < stacks.length) kept++;
    if (warm.timings && warm.timings.stacksReplayed > 0) replayed++;
    if (warm.timings && warm.timings.stacksRefilled > 0) refilled++;
    delete warm.timings;
    delete fresh.timings;
    assert.deepEqual(warm, fresh, `step ${step}, after ${edit.name} (${lang})`);
  }
  // The run must really have kept stacks, or it proved nothing about keeping them.
  assert.ok(kept > 75, `only ${kept} of 150 compiles kept any stack`);
  assert.ok(replayed > 50, `only ${replayed} of 150 compiles replayed any stack`);
  assert.ok(refilled > 10, `only ${refilled} of 150 compiles set the fields of a kept stack anew`);
});

test('a program that cannot load is named, and the next good one compiles', () => {
  const good = everyBlock();
  const bad = JSON.stringify({blocks: {languageVersion: 0, blocks: [
    {type: 'kumiki_on_start', x: 0, y: 0, next: {block: {type: 'kumiki_serial_print'}}}]}});
  patched.compile(good, 'en', null);
  const refused = JSON.parse(patched.compile(bad, 'en', null));
  assert.equal(refused.problems[0].kind, 'bad-shape');
  assert.deepEqual(JSON.parse(patched.compile(good, 'en', null)).code, JSON.parse(asBlocklyIs.compile(good, 'en', null)).code);
});

test('a field that will not take its new value, or has a validator, builds the stack again', () => {
  const program = (number, property, op) => JSON.stringify({blocks: {languageVersion: 0, blocks: [
    {type: 'kumiki_on_start', id: 'start', x: 0, y: 0, inputs: {DO: {block: {
      type: 'kumiki_serial_print', id: 'p1', inputs: {TEXT: {block: {
        type: 'math_number_property', id: 'prop', fields: {PROPERTY: property},
        inputs: {NUMBER_TO_CHECK: {shadow: {type: 'math_number', id: 'n1', fields: {NUM: number}}}}}}},
      next: {block: {type: 'kumiki_serial_print', id: 'p2', inputs: {TEXT: {block: {
        type: 'logic_compare', id: 'cmp', fields: {OP: op},
        inputs: {A: {shadow: {type: 'math_number', id: 'n2', fields: {NUM: 1}}},
          B: {shadow: {type: 'math_number', id: 'n3', fields: {NUM: 2}}}}}}}}}}}}},
    {type: 'kumiki_forever', id: 'forever', x: 0, y: 400},
  ]}});
  const steps = [
    [7, 'EVEN', 'LT', 1], // a number and a choice: set in place
    [8, 'EVEN', 'GT', 1],
    ['abc', 'EVEN', 'GT', 0], // not a number: the field keeps its old value, a fresh load its first one
    [9, 'EVEN', 'NOPE', 0], // not one of the choices
    [9, 'DIVISIBLE_BY', 'GT', 0], // a dropdown with a validator: the block grows an input for the divisor
    [9, 'EVEN', 'GT', 0], // and loses it
    [10, 'EVEN', 'GT', 1],
  ];
  patched.compile(program(5, 'EVEN', 'EQ'), 'en', null);
  for (const [number, property, op, refilled] of steps) {
    const json = program(number, property, op);
    const warm = JSON.parse(patched.compile(json, 'en', null));
    const fresh = JSON.parse(asBlocklyIs.compile(json, 'en', null));
    assert.equal(warm.timings.stacksRefilled, refilled, `${number} ${property} ${op}`);
    delete warm.timings;
    delete fresh.timings;
    assert.deepEqual(warm, fresh, `${number} ${property} ${op}`);
  }
});

test('renaming a function builds its stack again, as its calls in other stacks are renamed too', () => {
  const program = (name) => JSON.stringify({
    blocks: {languageVersion: 0, blocks: [
      {type: 'procedures_defnoreturn', id: 'def', x: 0, y: 0, fields: {NAME: name},
        inputs: {STACK: {block: {type: 'kumiki_wait_ms', id: 'w', inputs: {MS: {shadow: {type: 'math_number', id: 'n', fields: {NUM: 5}}}}}}}},
      {type: 'kumiki_on_start', id: 'start', x: 0, y: 300, inputs: {DO: {block: {
        type: 'procedures_callnoreturn', id: 'call', extraState: {name: 'greet'}}}}},
    ]},
  });
  patched.compile(program('greet'), 'en', null);
  for (const name of ['hello', 'greet']) {
    const warm = JSON.parse(patched.compile(program(name), 'en', null));
    const fresh = JSON.parse(asBlocklyIs.compile(program(name), 'en', null));
    assert.equal(warm.timings.stacksRefilled, 0, name);
    delete warm.timings;
    delete fresh.timings;
    assert.deepEqual(warm, fresh, name);
  }
});
