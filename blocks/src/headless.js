/**
 * Entry point for the headless compiler: Blockly and Kumiki's blocks in a
 * sandboxed GraalJS context, with no DOM and no host access. Java talks to it
 * through strings only (JSON in, JSON out).
 */
import {DOMImplementation, DOMParser, XMLSerializer} from '@xmldom/xmldom';
import {Blockly, HELPER_NAMES, blockFacts, buildAssets, defineBlocks, setBuildAssets, setLanguage, generate, lineBlocks, findProblems, toolboxBlockTypes, toolboxBlock, unknownBlockTypes} from './kumiki.js';

/**
 * The colour picker's real field draws swatches with the DOM. Headless code
 * only needs its value, so this field keeps and validates the value alone.
 */
class HeadlessColourField extends Blockly.Field {
  constructor(value) {
    super(value);
    this.SERIALIZABLE = true;
  }
  static fromJson(options) {
    return new HeadlessColourField(options.colour);
  }
  doClassValidation_(value) {
    return typeof value === 'string' ? Blockly.utils.colour.parse(value) : null;
  }
}
HeadlessColourField.prototype.DEFAULT_VALUE = '#ffffff';

let ready = false;

/**
 * Two costs of Blockly that only a very long stack shows, removed for the headless compiler.
 * Block.getDescendants recurses and copies every subtree into its parent's list, so a stack of n
 * blocks costs n² and nests n calls deep; this one walks the same blocks in the same order with
 * a list of its own. Field.recomputeAriaContext updates screen-reader labels on the DOM, which
 * does not exist here: it could only throw and catch an error for every field of every block.
 */
function patchForLongStacks() {
  Blockly.Block.prototype.getDescendants = function (ordered) {
    const found = [];
    const pending = [this];
    while (pending.length) {
      const block = pending.pop();
      found.push(block);
      const children = block.getChildren(ordered);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
    return found;
  };
  Blockly.Field.prototype.recomputeAriaContext = () => false;
}

function init(lang) {
  if (!ready) {
    patchForLongStacks();
    // Shadow blocks are built through Blockly's XML utilities, which need a DOM.
    const document = new DOMImplementation().createDocument(null, null, null);
    Blockly.utils.xml.injectDependencies({document, DOMParser, XMLSerializer});
    Blockly.fieldRegistry.register('field_colour', HeadlessColourField);
    ready = true;
  }
  defineBlocks(lang);
}

/**
 * Compiles Blockly workspace JSON (as saved by the editor) to a sketch, with the project's build
 * assets (model labels and facts; see BuildAssets.java). Returns JSON: {code, libraries, problems, unknownTypes}.
 */
function compile(workspaceJson, lang, assetsJson) {
  setLanguage(lang || 'en');
  setBuildAssets(assetsJson ? JSON.parse(assetsJson) : null);
  const state = JSON.parse(workspaceJson);
  const unknownTypes = unknownBlockTypes(state);
  if (unknownTypes.length) {
    return JSON.stringify({code: '', libraries: [], problems: [], unknownTypes});
  }
  const workspace = new Blockly.Workspace();
  // Nothing listens to events here, and creating them is a large part of the cost of loading.
  Blockly.Events.disable();
  try {
    const t0 = Date.now();
    const badShape = loadOrExplain(state, workspace);
    if (badShape) {
      return JSON.stringify({code: '', libraries: [], problems: [badShape], unknownTypes: []});
    }
    const t1 = Date.now();
    const result = generate(workspace);
    const t2 = Date.now();
    const problems = findProblems(workspace);
    const t3 = Date.now();
    return JSON.stringify({
      code: result.code,
      libraries: result.libraries,
      problems,
      blockCount: workspace.getAllBlocks(false).filter((b) => !b.isShadow()).length,
      unknownTypes: [],
      timings: {loadMs: t1 - t0, generateMs: t2 - t1, checkMs: t3 - t2},
    });
  } finally {
    workspace.dispose();
    Blockly.Events.enable();
  }
}

/**
 * Loads saved workspace JSON; null if it loaded, else the problem in the child's words. JSON that
 * joins blocks in a way they cannot join (a start block given a block below it, a value block put
 * in a stack) is the project's fault, not the compiler's: it is named, block and all, in one line.
 */
function loadOrExplain(state, workspace) {
  try {
    Blockly.serialization.workspaces.load(state, workspace, {recordUndo: false});
    return null;
  } catch (e) {
    if (!(e instanceof Blockly.serialization.exceptions.DeserializationError)) throw e;
    const block = e.block || e.childBlock;
    const type = block ? block.type : (e.state && e.state.type) || '?';
    let label = type;
    try {
      label = block ? block.toString(60, '').replace(/\s+/g, ' ').trim() || type : type;
    } catch (ignored) {
      // a half-made block may not describe itself; its type still names it
    }
    const message = (Blockly.Msg.KUMIKI_BAD_SHAPE || '%1').replace('%1', label);
    return {kind: 'bad-shape', blockId: '', message};
  }
}

/** The sketch and, for each of its lines, the id of the block that made it (or null). */
function compileLines(workspaceJson, lang, assetsJson) {
  setLanguage(lang || 'en');
  setBuildAssets(assetsJson ? JSON.parse(assetsJson) : null);
  const state = JSON.parse(workspaceJson);
  if (unknownBlockTypes(state).length) {
    return JSON.stringify({code: '', blocks: []});
  }
  const workspace = new Blockly.Workspace();
  Blockly.Events.disable();
  try {
    if (loadOrExplain(state, workspace)) {
      return JSON.stringify({code: '', blocks: []});
    }
    return JSON.stringify(lineBlocks(workspace));
  } finally {
    workspace.dispose();
    Blockly.Events.enable();
  }
}

/**
 * What a child sees on a block, for lesson messages: its words, with the given fields shown
 * as they are set and every other slot as "…". Labels therefore follow the chosen language.
 */
function blockLabel(type, fieldsJson, lang) {
  setLanguage(lang || 'en');
  if (!Blockly.Blocks[type]) return type;
  const fields = JSON.parse(fieldsJson || '{}');
  const workspace = new Blockly.Workspace();
  Blockly.Events.disable();
  try {
    const block = workspace.newBlock(type);
    const parts = [];
    for (const input of block.inputList) {
      for (const field of input.fieldRow) {
        if (field.name && Object.prototype.hasOwnProperty.call(fields, field.name)) {
          try {
            field.setValue(fields[field.name]);
          } catch (e) {
            // an impossible value: show the slot as empty
          }
          parts.push(field.name in fields && field.getValue() == fields[field.name] ? field.getText() : '…');
        } else if (field.name && field.EDITABLE) {
          parts.push('…');
        } else {
          const text = field.getText();
          if (text && text.trim()) parts.push(text.trim());
        }
      }
      if (input.type === Blockly.inputs.inputTypes.VALUE) parts.push('…');
    }
    return parts.join(' ').replace(/(… )+…/g, '…').replace(/\s+/g, ' ').trim();
  } finally {
    workspace.dispose();
    Blockly.Events.enable();
  }
}

globalThis.KumikiHeadless = {
  init,
  compile,
  compileLines,
  blockLabel,
  blockTypes: () => JSON.stringify(toolboxBlockTypes()),
  toolboxBlock: (type) => JSON.stringify(toolboxBlock(type)),
  blockFacts: () => JSON.stringify(blockFacts()),
  /** The build assets the last compile gave the generator, as it reads them (for tests). */
  buildAssets: () => JSON.stringify(buildAssets()),
  /** The fixed names Kumiki writes into sketches, which no variable may take (for tests). */
  reservedNames: () => JSON.stringify(HELPER_NAMES),
};
