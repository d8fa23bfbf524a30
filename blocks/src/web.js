/**
 * Entry point for the editor's WebView. The page and Java share one narrow,
 * typed channel: the page posts JSON messages through window.alert with a
 * "kumiki:" prefix (no Java object is ever exposed to the page), and Java
 * calls the few functions on window.Kumiki below.
 */
import {installKeyNames} from './keys.js';
import {registerFieldColour} from '@blockly/field-colour';
import {Blockly, buildAssets, defineBlocks, setBuildAssets, setLanguage, generate, findProblems, toolbox, unknownBlockTypes} from './kumiki.js';
import {WorkspaceSearch} from '@blockly/plugin-workspace-search';
import {kumikiTheme} from './theme.js';
import {loadInSteps} from './loader.js';

// First of all listeners: the key names Blockly and the search bar read.
installKeyNames(window);

const CHANNEL = 'kumiki:';
let workspace = null;
let pending = null;
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
  const problems = findProblems(workspace, result.types);
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
  // Blockly delivers events after the call that caused them, so a flag set during load() would be
  // cleared before they arrive: load() puts its events in a group of their own instead.
  if (event.isUiEvent || event.group === LOAD_GROUP) return;
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

const LOAD_GROUP = 'kumiki-load';

/** Seconds a load may take before the page gives up and puts the previous canvas back. */
let LOAD_LIMIT_MS = 30000;
let loading = null;
/** The workspace being drawn: while a draw is under way, it, not the half-filled canvas, is what is shown. */
let drawing = null;

/** What the canvas shows, or will once drawn. */
function shownState() {
  return loading ? drawing : Blockly.serialization.workspaces.save(workspace);
}

/** Draws {@code state} in slices (loader.js), posting progress; then {@code done}, or {@code tooSlow} past {@code limitMs}. */
function draw(state, limitMs, done, tooSlow) {
  drawing = state;
  loading = loadInSteps(workspace, state, {
    group: LOAD_GROUP,
    limitMs,
    progress: (n, total) => post({type: 'loading', done: n, total}),
    done: () => {
      loading = null;
      workspace.clearUndo();
      done();
      post({type: 'drawn'});
    },
    tooSlow: () => {
      loading = null;
      tooSlow();
    },
  });
}

/**
 * Shows a workspace. Small programs appear at once; a long one is drawn a slice at a time
 * (loader.js), with progress posted to the window, which stays usable meanwhile. If drawing takes
 * longer than LOAD_LIMIT_MS, the canvas goes back to what it showed before and the window hears why.
 * {@code dirtyAfter} is the unsaved state to keep once loaded (a language change keeps it).
 */
function load(json, dirtyAfter = false) {
  const state = typeof json === 'string' ? JSON.parse(json || '{}') : json;
  const unknownTypes = unknownBlockTypes(state);
  if (unknownTypes.length) {
    // Refuse before touching the canvas, so the child's current blocks stay as they are.
    post({type: 'refused', unknownTypes});
    return;
  }
  const previous = shownState();
  if (loading) loading.cancel();
  const previousDirty = dirty;
  shownWarnings = new Map();
  draw(state || {}, LOAD_LIMIT_MS, () => {
    dirty = dirtyAfter;
    publish(false);
  }, () => {
    // The previous canvas comes back the same way, a slice at a time; it was drawn before, so it ends.
    post({type: 'tooSlow', seconds: LOAD_LIMIT_MS / 1000});
    draw(previous, Infinity, () => {
      dirty = previousDirty;
      shownWarnings = new Map();
      // Not published: the window has gone back to the project it had, whose blocks these are.
    }, () => {});
  });
}

/** The look chosen in Settings: high contrast, large blocks (kept by Java in the preferences). */
let look = {highContrast: false, large: false};
/** The canvas zoom of each size: large blocks are larger on the canvas and in the toolbox's flyout. */
const SCALE = {usual: 0.8, large: 1.1};

function setLook(next) {
  look = {highContrast: !!next.highContrast, large: !!next.large};
  document.body.classList.toggle('kumiki-high-contrast', look.highContrast);
  document.body.classList.toggle('kumiki-large', look.large);
  if (!workspace) return;
  workspace.setTheme(kumikiTheme(look));
  const scale = look.large ? SCALE.large : SCALE.usual;
  if (workspace.scale !== scale) {
    workspace.setScale(scale);
    // The blocks grew or shrank about the view's centre; bring the first stack's top back into view.
    const first = workspace.getTopBlocks(true)[0];
    if (first) workspace.scrollBoundsIntoView(first.getBoundingRectangleWithoutChildren());
  }
  if (hintWorkspace) hintWorkspace.setTheme(kumikiTheme(look));
}

/** Workspace search (Ctrl+F), with its words in the child's language. */
let search = null;

function nameSearchBar() {
  if (!search) return;
  search.setSearchPlaceholder(Blockly.Msg.KUMIKI_SEARCH);
  const words = {
    'blockly-ws-search-next-btn': Blockly.Msg.KUMIKI_SEARCH_NEXT,
    'blockly-ws-search-previous-btn': Blockly.Msg.KUMIKI_SEARCH_PREVIOUS,
    'blockly-ws-search-close-btn': Blockly.Msg.KUMIKI_SEARCH_CLOSE,
  };
  for (const [cls, text] of Object.entries(words)) {
    for (const b of document.getElementsByClassName(cls)) {
      b.setAttribute('aria-label', text);
      b.setAttribute('title', text);
    }
  }
}

/**
 * The page's two places in the window's Tab order: the toolbox (with its flyout), then the canvas.
 * Tab from the canvas, or Shift+Tab from the toolbox, leaves the page: Java moves the focus on to
 * the code panel or back to the toolbar. Inside a field's editor or the search bar, Tab is theirs.
 */
function focusedRegion() {
  if (!workspace) return null;
  const tree = Blockly.getFocusManager().getFocusedTree();
  if (!tree) return null;
  if (tree === workspace.getToolbox()) return 'toolbox';
  const flyout = workspace.getFlyout();
  if (flyout && tree === flyout.getWorkspace()) return 'toolbox';
  if (tree === workspace) return 'workspace';
  return null;
}

function focusRegion(region) {
  Blockly.getFocusManager().focusTree(region === 'toolbox' ? workspace.getToolbox() : workspace);
  Blockly.keyboardNavigationController.setIsActive(true);
}

function onTab(e) {
  if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
  const active = document.activeElement;
  if (active && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA')) return;
  const region = focusedRegion();
  if (region === null) return;
  e.preventDefault();
  e.stopPropagation();
  if (region === 'toolbox' && !e.shiftKey) focusRegion('workspace');
  else if (region === 'workspace' && e.shiftKey) focusRegion('toolbox');
  else post({type: 'tabOut', forward: !e.shiftKey});
}

function start(options) {
  setBuildAssets(options.assets || null);
  const lang = options.lang || 'en';
  registerFieldColour();
  defineBlocks(lang);
  // Blockly's own prompts (new variable, rename) go to Java, which shows a real dialog.
  Blockly.dialog.setPrompt((message, defaultValue, callback) => {
    callback(window.prompt(message, defaultValue));
  });
  workspace = Blockly.inject('blocklyDiv', {
    toolbox: currentToolbox(),
    renderer: 'zelos',
    theme: kumikiTheme(look),
    media: 'media/',
    trashcan: true,
    sounds: false,
    grid: {spacing: 24, length: 2, colour: '#e4e0d6', snap: true},
    zoom: {controls: true, wheel: true, startScale: 0.8, maxScale: 2, minScale: 0.4, scaleSpeed: 1.15},
    move: {scrollbars: true, drag: true, wheel: false},
  });
  workspace.registerButtonCallback('kumiki_teach_first', () => post({type: 'openTeach'}));
  workspace.addChangeListener(onChange);
  window.addEventListener('resize', () => Blockly.svgResize(workspace));
  search = new WorkspaceSearch(workspace);
  search.init();
  nameSearchBar();
  document.addEventListener('keydown', onTab, true);
  setLook(options.look || look);
  load(options.workspace || '{}');
  post({type: 'ready'});
}

/** The block types a lesson step allows, or null for the whole toolbox; and the step's own blocks. */
let allowedTypes = null;
let stepBlocks = null;

/** A block's saved state as a toolbox entry: the same block with the same values, without ids. */
function asToolboxEntry(state) {
  const copy = JSON.parse(JSON.stringify(state));
  const strip = (b) => {
    if (!b || typeof b !== 'object') return;
    delete b.id;
    delete b.x;
    delete b.y;
    for (const input of Object.values(b.inputs || {})) {
      strip(input.block);
      strip(input.shadow);
    }
    if (b.next) strip(b.next.block);
  };
  strip(copy);
  return {kind: 'block', ...copy};
}

/**
 * The toolbox a step allows: the usual categories, each keeping only the allowed blocks, and the
 * variable or function categories only when the step uses their blocks. When the step brings its
 * own blocks (with the values the lesson wants), those stand in each category instead. Familiar, just smaller.
 */
function currentToolbox() {
  return withTeachHint(allowedToolbox());
}

/**
 * Without a trained model the Teach category holds one button-like hint that opens the teaching
 * wizard instead of blocks that could not work; with one, its blocks offer the model's labels.
 */
function withTeachHint(box) {
  if (buildAssets().labels.length) return box;
  return {...box, contents: box.contents.map((c) => c.toolboxitemid !== 'teach' ? c
    : {...c, contents: [{kind: 'button', text: Blockly.Msg.KUMIKI_TEACH_FIRST, callbackkey: 'kumiki_teach_first'}]})};
}

function allowedToolbox() {
  const full = toolbox();
  if (!allowedTypes) return full;
  const allowed = new Set(allowedTypes);
  const VARIABLE_TYPES = ['variables_get', 'variables_set', 'math_change'];
  const own = new Map(); // category index -> the step's blocks that belong there
  const categoryOf = (type) => full.contents.findIndex((c) => (c.contents || []).some((i) => i.kind === 'block' && i.type === type));
  for (const block of stepBlocks || []) {
    if (!Blockly.Blocks[block.type]) continue; // a lesson from elsewhere may name blocks this Kumiki lacks
    const at = categoryOf(block.type);
    if (at >= 0) {
      if (!own.has(at)) own.set(at, []);
      own.get(at).push(asToolboxEntry(block));
    }
  }
  const contents = [];
  full.contents.forEach((category, index) => {
    if (category.custom === 'VARIABLE') {
      if (VARIABLE_TYPES.some((t) => allowed.has(t))) contents.push(category);
      return;
    }
    if (category.custom) {
      if ([...allowed].some((t) => t.startsWith('procedures_'))) contents.push(category);
      return;
    }
    const kept = own.has(index) ? own.get(index)
      : (category.contents || []).filter((item) => item.kind !== 'block' || allowed.has(item.type));
    if (kept.some((item) => item.kind === 'block')) contents.push({...category, contents: kept});
  });
  return {...full, contents};
}

function setToolbox(types, blocksJson) {
  allowedTypes = types && types.length ? types : null;
  const state = blocksJson ? JSON.parse(blocksJson) : null;
  stepBlocks = allowedTypes && state && state.blocks ? state.blocks.blocks || [] : null;
  workspace.updateToolbox(currentToolbox());
}

/**
 * "Show me": the step's blocks in a floating, read-only workspace over the canvas. It is a
 * separate workspace, so nothing shown here can end up in the child's program.
 */
let hintWorkspace = null;

function showHint(json, closeText) {
  hideHint();
  const overlay = document.createElement('div');
  overlay.id = 'kumikiHint';
  overlay.className = 'kumiki-hint';
  const area = document.createElement('div');
  area.className = 'kumiki-hint-blocks';
  const close = document.createElement('button');
  close.className = 'kumiki-hint-close';
  close.textContent = closeText || '×';
  close.addEventListener('click', hideHint);
  overlay.appendChild(area);
  overlay.appendChild(close);
  document.body.appendChild(overlay);
  hintWorkspace = Blockly.inject(area, {readOnly: true, renderer: 'zelos', theme: kumikiTheme(look), media: 'media/',
    sounds: false, move: {scrollbars: false, drag: false, wheel: false}, zoom: {startScale: 0.75}});
  const state = typeof json === 'string' ? JSON.parse(json) : json;
  if (unknownBlockTypes(state).length) return; // nothing to show rather than a broken page
  Blockly.serialization.workspaces.load(state, hintWorkspace, {recordUndo: false});
  hintWorkspace.cleanUp();
  hintWorkspace.scrollCenter();
  requestAnimationFrame(() => overlay.classList.add('kumiki-hint-shown'));
}

function hideHint() {
  if (hintWorkspace) {
    hintWorkspace.dispose();
    hintWorkspace = null;
  }
  const old = document.getElementById('kumikiHint');
  if (old) old.remove();
}

function changeLanguage(lang) {
  const state = shownState();
  const wasDirty = dirty;
  setLanguage(lang);
  workspace.updateToolbox(currentToolbox());
  nameSearchBar();
  // Once loaded, the relabelled workspace is published; the child's unsaved work is still unsaved.
  load(state, wasDirty);
}

// Errors in the page reach the editor's log instead of vanishing.
window.addEventListener('error', (e) => post({type: 'error', message: String(e.message), source: String(e.filename), line: e.lineno}));

window.Kumiki = {
  start,
  /** For tests: a shorter limit on drawing a workspace, to see the window give up and restore. */
  setLoadLimit: (ms) => { LOAD_LIMIT_MS = ms; },
  /** For tests: true while a workspace is still being drawn. */
  isLoading: () => loading !== null,
  setToolbox: (typesJson, blocksJson) => setToolbox(typesJson ? JSON.parse(typesJson) : null, blocksJson || null),
  showHint,
  hideHint,
  hintShown: () => hintWorkspace !== null,
  /** For tests: the id of the first block of a type on the canvas. */
  blockIdOf: (type) => {
    const block = workspace.getAllBlocks(false).find((b) => b.type === type);
    return block ? block.id : null;
  },
  /** For tests: the rectangle of the block (or shadow) plugged into an input of the first block of a type. */
  inputBlockRect: (type, inputName) => {
    const block = workspace.getAllBlocks(false).find((b) => b.type === type);
    const target = block && block.getInputTargetBlock(inputName);
    if (!target) return null;
    const r = target.getSvgRoot().getBoundingClientRect();
    return JSON.stringify({x: r.left, y: r.top, width: r.width, height: r.height});
  },
  /** For tests: where a block's statement input connects, in page coordinates. */
  inputPoint: (blockId, inputName) => {
    const block = workspace.getBlockById(blockId);
    const input = block && block.getInput(inputName);
    if (!input || !input.connection) return null;
    const xy = input.connection.getOffsetInBlock();
    const blockXY = block.getRelativeToSurfaceXY();
    const scale = workspace.scale;
    const origin = workspace.getOriginOffsetInPixels();
    const rect = workspace.getParentSvg().getBoundingClientRect();
    return JSON.stringify({x: rect.left + origin.x + (blockXY.x + xy.x) * scale,
      y: rect.top + origin.y + (blockXY.y + xy.y) * scale});
  },
  load,
  /** The project's build assets (BuildAssets.java): set before load, so the code panel sees the model. */
  setBuildAssets: (json) => {
    setBuildAssets(json ? JSON.parse(json) : null);
    // A new model changes the Teach category and what the blocks' labels may be.
    if (workspace) {
      workspace.updateToolbox(currentToolbox());
      publish(false);
    }
  },
  /**
   * The wizard's starter program: these stacks (block JSON) join the workspace beside what is there,
   * one below the other, as one step that one undo takes back.
   */
  addStacks: (json) => {
    const stacks = JSON.parse(json);
    if (!Array.isArray(stacks)) return 0;
    const box = workspace.getBlocksBoundingBox();
    const empty = workspace.getTopBlocks(false).length === 0;
    let y = empty ? 20 : box.top;
    const x = empty ? 20 : box.right + 60;
    Blockly.Events.setGroup(true);
    try {
      // A hat that is there already (the same label, after training again) is not added twice.
      const there = new Set(workspace.getTopBlocks(false).map((b) => b.type + ':' + (b.getFieldValue('LABEL') ?? '')));
      for (const state of stacks.slice(0, 50)) {
        if (there.has(state.type + ':' + ((state.fields && state.fields.LABEL) ?? ''))) continue;
        const block = Blockly.serialization.blocks.append({...state, x, y}, workspace);
        y += block.getHeightWidth().height + 30;
      }
    } finally {
      Blockly.Events.setGroup(false);
    }
    return stacks.length;
  },
  /** The wizard renamed a label of the model: every Teach block naming it follows, in one undo step. */
  renameLabel: (from, to) => {
    Blockly.Events.setGroup(true);
    try {
      for (const b of workspace.getAllBlocks(false)) {
        const field = b.getField('LABEL');
        if (field && b.type.startsWith('kumiki_teach_') && field.getValue() === from) field.setValue(String(to));
      }
    } finally {
      Blockly.Events.setGroup(false);
    }
  },
  changeLanguage,
  /** Settings' look: {highContrast, large}. */
  setLook: (json) => setLook(JSON.parse(json)),
  /** Focus enters the page by the keyboard: 'toolbox' from before it, 'workspace' from after it. */
  focusRegion,
  /** Which of the page's places has the focus: 'toolbox', 'workspace' or null (for Java and tests). */
  focusedRegion,
  /** For tests: is the search bar open, and which blocks does it mark? */
  searchState: () => JSON.stringify({open: !!(search && search.htmlDiv && search.htmlDiv.style.display !== 'none'),
    found: search ? search.blocks.map((b) => b.type) : []}),
  /** For tests: the block the keyboard is on (in the flyout or on the canvas), with its parent's type. */
  focusedBlock: () => {
    const node = Blockly.getFocusManager().getFocusedNode();
    if (!node) return null;
    const block = node instanceof Blockly.BlockSvg ? node
        : (node.getSourceBlock ? node.getSourceBlock() : null);
    if (!block) return JSON.stringify({type: null, node: node.constructor ? node.constructor.name : '?'});
    const parent = block.getParent();
    return JSON.stringify({type: block.type, inFlyout: block.workspace.isFlyout, parent: parent ? parent.type : null,
      field: node instanceof Blockly.Field ? node.name : null, moving: Blockly.KeyboardMover.mover.isMoving()});
  },
  /** For tests: the last few steps undo would take back. */
  undoStack: () => JSON.stringify(workspace.getUndoStack().slice(-6).map((e) => ({type: e.type, name: e.name,
    oldValue: e.oldValue, newValue: e.newValue, group: e.group}))),
  /** For tests: the toolbox category the keyboard has opened. */
  selectedCategory: () => {
    const item = workspace.getToolbox().getSelectedItem();
    return item && item.getName ? item.getName() : null;
  },
  /** For tests: the primary colour the theme gives a block type's style. */
  blockColour: (type) => {
    const block = workspace.getAllBlocks(false).find((b) => b.type === type);
    return block ? block.getColour() : null;
  },
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
  /** Test and benchmark support: the screen rectangle of the last block inside the first stack of a hat type. */
  lastInStackRect: (hatType) => {
    const hat = workspace.getTopBlocks(true).find((b) => b.type === hatType);
    let block = hat && hat.getInputTargetBlock('DO');
    while (block && block.getNextBlock()) block = block.getNextBlock();
    if (!block) return null;
    const r = block.getSvgRoot().getBoundingClientRect();
    return JSON.stringify({x: r.left, y: r.top, width: r.width, height: r.height, type: block.type});
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
  /** Test support: the values a field's dropdown offers, on the first block of a type (in the open flyout or on the canvas). */
  fieldOptions: (type, field, inFlyout) => {
    const ws = inFlyout ? workspace.getFlyout().getWorkspace() : workspace;
    const block = ws.getAllBlocks(false).find((b) => b.type === type);
    const f = block && block.getField(field);
    return f ? JSON.stringify(f.getOptions(false).map((o) => o[1])) : null;
  },
  /** Test support: the texts of the buttons in the open flyout. */
  flyoutButtons: () => JSON.stringify(workspace.getFlyout().getContents()
      .map((item) => item.getElement())
      .filter((element) => element instanceof Blockly.FlyoutButton)
      .map((button) => button.getButtonText())),
  blockTexts: () => JSON.stringify(workspace.getTopBlocks(true).map((b) => b.toString())),
};
