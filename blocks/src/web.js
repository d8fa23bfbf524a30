/**
 * Entry point for the editor's WebView. The page and Java share one narrow,
 * typed channel: the page posts JSON messages through window.alert with a
 * "kumiki:" prefix (no Java object is ever exposed to the page), and Java
 * calls the few functions on window.Kumiki below.
 */
import {registerFieldColour} from '@blockly/field-colour';
import {Blockly, defineBlocks, setLanguage, generate, findProblems, toolbox, unknownBlockTypes} from './kumiki.js';
import {KumikiTheme} from './theme.js';

const CHANNEL = 'kumiki:';
let workspace = null;
let pending = null;
let loading = false;
let dirty = false;

function post(message) {
  window.alert(CHANNEL + JSON.stringify(message));
}

function undoState() {
  return {canUndo: workspace.getUndoStack().length > 0, canRedo: workspace.getRedoStack().length > 0};
}

/** Shows each problem as a warning on its block, and clears warnings that no longer apply. */
let shownWarnings = new Map(); // block id -> text, so unchanged warnings are not redrawn

function showProblems(problems) {
  const byBlock = new Map();
  for (const p of problems) byBlock.set(p.blockId, p.message);
  for (const block of workspace.getAllBlocks(false)) {
    const text = byBlock.get(block.id) || null;
    if ((shownWarnings.get(block.id) || null) !== text) block.setWarningText(text, 'kumiki');
  }
  shownWarnings = byBlock;
}

function warningText(block) {
  const icon = block.getIcon(Blockly.icons.IconType.WARNING);
  return icon ? icon.getText() : null;
}

function publish(structural) {
  pending = null;
  const result = generate(workspace);
  const problems = findProblems(workspace);
  showProblems(problems);
  post({
    type: 'changed',
    workspace: JSON.stringify(Blockly.serialization.workspaces.save(workspace)),
    code: result.code,
    problems,
    structural,
    dirty,
    ...undoState(),
  });
}

const STRUCTURAL = new Set([Blockly.Events.BLOCK_CREATE, Blockly.Events.BLOCK_DELETE,
  Blockly.Events.VAR_CREATE, Blockly.Events.VAR_DELETE, Blockly.Events.VAR_RENAME]);

function onChange(event) {
  if (loading || event.isUiEvent) return;
  dirty = true;
  let structural = STRUCTURAL.has(event.type) ||
    (event.type === Blockly.Events.BLOCK_MOVE && (event.newParentId !== event.oldParentId));
  // Several events arrive per drag; publish once they settle (well inside the 200 ms goal).
  if (pending) {
    clearTimeout(pending.timer);
    structural ||= pending.structural;
  }
  pending = {structural, timer: setTimeout(() => publish(structural), 40)};
}

function load(json) {
  const state = typeof json === 'string' ? JSON.parse(json || '{}') : json;
  const unknownTypes = unknownBlockTypes(state);
  if (unknownTypes.length) {
    // Refuse before touching the canvas, so the child's current blocks stay as they are.
    post({type: 'refused', unknownTypes});
    return;
  }
  loading = true;
  shownWarnings = new Map();
  try {
    workspace.clear();
    Blockly.serialization.workspaces.load(state || {}, workspace, {recordUndo: false});
  } finally {
    loading = false;
  }
  workspace.clearUndo();
  dirty = false;
  publish(false);
}

function start(options) {
  const lang = options.lang || 'en';
  registerFieldColour();
  defineBlocks(lang);
  // Blockly's own prompts (new variable, rename) go to Java, which shows a real dialog.
  Blockly.dialog.setPrompt((message, defaultValue, callback) => {
    callback(window.prompt(message, defaultValue));
  });
  workspace = Blockly.inject('blocklyDiv', {
    toolbox: toolbox(),
    renderer: 'zelos',
    theme: KumikiTheme,
    media: 'media/',
    trashcan: true,
    sounds: false,
    grid: {spacing: 24, length: 2, colour: '#e4e0d6', snap: true},
    zoom: {controls: true, wheel: true, startScale: 0.8, maxScale: 2, minScale: 0.4, scaleSpeed: 1.15},
    move: {scrollbars: true, drag: true, wheel: false},
  });
  workspace.addChangeListener(onChange);
  window.addEventListener('resize', () => Blockly.svgResize(workspace));
  load(options.workspace || '{}');
  post({type: 'ready'});
}

function changeLanguage(lang) {
  const state = Blockly.serialization.workspaces.save(workspace);
  const wasDirty = dirty;
  setLanguage(lang);
  workspace.updateToolbox(toolbox());
  load(state);
  // load() has published the relabelled workspace; the child's unsaved work is still unsaved.
  dirty = wasDirty;
}

// Errors in the page reach the editor's log instead of vanishing.
window.addEventListener('error', (e) => post({type: 'error', message: String(e.message), source: String(e.filename), line: e.lineno}));

window.Kumiki = {
  start,
  load,
  changeLanguage,
  undo: () => workspace.undo(false),
  redo: () => workspace.undo(true),
  zoomToFit: () => workspace.zoomToFit(),
  /** Brings a block into view and selects it: where a compiler error came from. */
  showBlock: (id) => {
    const block = workspace.getBlockById(String(id));
    if (!block) return false;
    workspace.centerOnBlock(block.id);
    block.select();
    return true;
  },
  markSaved: () => {
    dirty = false;
  },
  save: () => JSON.stringify(Blockly.serialization.workspaces.save(workspace)),
  code: () => generate(workspace).code,
  /** Test support: the screen rectangle of a block in the open toolbox flyout, or on the canvas. */
  blockRect: (type, inFlyout) => {
    const ws = inFlyout ? workspace.getFlyout().getWorkspace() : workspace;
    const block = ws.getTopBlocks(false).find((b) => b.type === type);
    if (!block) return null;
    const r = block.getSvgRoot().getBoundingClientRect();
    return JSON.stringify({x: r.left, y: r.top, width: r.width, height: r.height});
  },
  /** Test support: sizes of every block's SVG on the canvas. */
  blockSizes: () => JSON.stringify(workspace.getAllBlocks(false).map((b) => {
    const r = b.getSvgRoot().getBoundingClientRect();
    return {type: b.type, width: r.width, height: r.height};
  })),
  categoryRect: (index) => {
    const items = workspace.getToolbox().getToolboxItems();
    const item = items[index];
    if (!item) return null;
    const r = item.getDiv().getBoundingClientRect();
    return JSON.stringify({x: r.left, y: r.top, width: r.width, height: r.height, name: item.getDiv().textContent});
  },
  blockCount: () => workspace.getAllBlocks(false).length,
  /** Test support: every warning shown on a block. */
  warnings: () => JSON.stringify(workspace.getAllBlocks(false)
      .filter((b) => warningText(b))
      .map((b) => ({id: b.id, type: b.type, text: warningText(b)}))),
  /** Test support: the text of every top block on the canvas, as the child reads it. */
  blockTexts: () => JSON.stringify(workspace.getTopBlocks(true).map((b) => b.toString())),
};
