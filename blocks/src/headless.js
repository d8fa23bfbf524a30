/**
 * Entry point for the headless compiler: Blockly and Kumiki's blocks in a
 * sandboxed GraalJS context, with no DOM and no host access. Java talks to it
 * through strings only (JSON in, JSON out).
 */
import {DOMImplementation, DOMParser, XMLSerializer} from '@xmldom/xmldom';
import {Blockly, arduinoGenerator, HELPER_NAMES, blockFacts, buildAssets, defineBlocks, setBuildAssets, setLanguage, generate, lineBlocks, findProblems, toolboxBlockTypes, toolboxBlock, unknownBlockTypes} from './kumiki.js';
import {WarmWorkspace} from './warm-workspace.js';
import {StackCache} from './generators/stack-cache.js';
import {keepWalksWhileSettled, settle, unsettle} from './settled-blocks.js';

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
// A stack whose fields were set anew is not what the stack cache saw generated.
const warm = new WarmWorkspace((block) => arduinoGenerator.stackCache && arduinoGenerator.stackCache.forget(block));
// Tests load the bundle a second time with Blockly left as it is and every workspace loaded afresh,
// to compare (headless-patches.test.mjs, warm-workspace.test.mjs).
const speedUps = !globalThis.KUMIKI_UNPATCHED_BLOCKLY;

/**
 * Costs of Blockly that a headless compile pays for nothing, removed here (and only here: the editor's
 * page keeps Blockly as it is). Each patch leaves the sketch byte for byte the same; the codegen golden
 * tests and HeadlessPatchesTest (which compiles with and without them) hold them to that.
 */
function patchForHeadless() {
  // Block.getDescendants recurses and copies every subtree into its parent's list, so a stack of n
  // blocks costs n² and nests n calls deep; this walks the same blocks in the same order with one list.
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
  // Screen-reader labels live on the DOM, which does not exist here: updating them could only throw
  // and catch an error for every field of every block.
  Blockly.Field.prototype.recomputeAriaContext = () => false;
  // After building a shadow block, Blockly writes it back out twice (as XML through xmldom and as
  // JSON) so that the editor can rebuild it when a child drags the covering block away. Nothing is
  // dragged here; the state it was given is kept, and rebuilding would use that state first anyway.
  Blockly.Connection.prototype.serializeShadow = function () {};
  // Every new block tokenizes its message character by character ("%1", "%{BKY_…}") and parses its
  // colour, the same strings for every block of a type. Both results depend only on the string and on
  // the language's messages, so they are kept per language (useLanguage clears them).
  const tokenize = Blockly.utils.parsing.tokenizeInterpolation;
  Blockly.Block.prototype.interpolate = function (message, args, implicitAlign, warningPrefix) {
    let tokens = memo.tokens.get(message);
    if (!tokens) {
      tokens = tokenize(message);
      memo.tokens.set(message, tokens);
    }
    this.validateTokens(tokens, args.length);
    const elements = this.interpolateArguments(tokens.slice(), args, implicitAlign);
    const fieldStack = [];
    for (let i = 0, element; (element = elements[i]); i++) {
      if (this.isInputKeyword(element['type'])) {
        const input = this.inputFromJson(element, warningPrefix);
        if (input) {
          for (let j = 0, tuple; (tuple = fieldStack[j]); j++) input.appendField(tuple[0], tuple[1]);
          fieldStack.length = 0;
        }
      } else {
        const field = this.fieldFromJson(element);
        if (field) fieldStack.push([field, element['name']]);
      }
    }
  };
  // Tooltips and help links are for the mouse; each one costs a message lookup per block.
  const jsonInit = Blockly.Block.prototype.jsonInit;
  const withoutHelp = new WeakMap();
  Blockly.Block.prototype.jsonInit = function (json) {
    let lean = withoutHelp.get(json);
    if (!lean) {
      lean = {...json};
      delete lean.tooltip;
      delete lean.helpUrl;
      withoutHelp.set(json, lean);
    }
    return jsonInit.call(this, lean);
  };
  // A label's text and a dropdown's choices are read through the language's messages ("%{BKY_…}")
  // for every block made, character by character; the choices are one array per block type, so both
  // results are kept (per text, per array) for the language in use.
  const label = Blockly.FieldLabel.fromJson;
  Blockly.FieldLabel.fromJson = function (options) {
    if (typeof options.text !== 'string') return label.call(this, options);
    let text = memo.labels.get(options.text);
    if (text === undefined) {
      text = Blockly.utils.parsing.replaceMessageReferences(options.text);
      memo.labels.set(options.text, text);
    }
    return new this(text, undefined, options);
  };
  const trim = Blockly.FieldDropdown.prototype.trimOptions;
  Blockly.FieldDropdown.prototype.trimOptions = function (options) {
    let trimmed = memo.choices.get(options);
    if (!trimmed) {
      trimmed = trim.call(this, options);
      memo.choices.set(options, trimmed);
    }
    return {...trimmed, options: trimmed.options.slice()};
  };
  const parseColour = Blockly.utils.parsing.parseBlockColour;
  Blockly.Block.prototype.setColour = function (colour) {
    let parsed = memo.colours.get(colour);
    if (!parsed) {
      parsed = parseColour(colour);
      memo.colours.set(colour, parsed);
    }
    this.hue = parsed.hue;
    this.colour_ = parsed.hex;
  };
}

const memo = {lang: null, tokens: new Map(), colours: new Map(), labels: new Map(), choices: new WeakMap()};

/**
 * Sets the language of messages; what patchForHeadless kept for another language is dropped. Setting
 * them copies over a thousand messages, so with the speed-ups it is done only when the language changes.
 */
function useLanguage(lang) {
  const chosen = lang || 'en';
  if (memo.lang === chosen && speedUps) return;
  memo.tokens.clear();
  memo.colours.clear();
  memo.labels.clear();
  memo.choices = new WeakMap();
  memo.lang = chosen;
  setLanguage(chosen);
}

/**
 * Drops the shadow under every input that holds a real block: it is never shown, generated or counted,
 * and Blockly would build it only to throw it away. Called after the unknown-type check, which still
 * names a bad type hidden in such a shadow.
 */
function withoutCoveredShadows(state) {
  const pending = [...((state.blocks && state.blocks.blocks) || [])];
  while (pending.length) {
    const block = pending.pop();
    if (!block || typeof block !== 'object') continue;
    for (const connection of [...Object.values(block.inputs || {}), block.next]) {
      if (!connection || typeof connection !== 'object') continue;
      if (connection.block) {
        delete connection.shadow;
        pending.push(connection.block);
      }
    }
  }
  return state;
}

function init(lang) {
  if (!ready) {
    if (speedUps) {
      patchForHeadless();
      keepWalksWhileSettled(Blockly);
      arduinoGenerator.stackCache = new StackCache();
    }
    // Shadow blocks are built through Blockly's XML utilities, which need a DOM.
    const document = new DOMImplementation().createDocument(null, null, null);
    Blockly.utils.xml.injectDependencies({document, DOMParser, XMLSerializer});
    Blockly.fieldRegistry.register('field_colour', HeadlessColourField);
    ready = true;
  }
  defineBlocks(lang);
  useLanguage(lang);
}

/**
 * Compiles Blockly workspace JSON (as saved by the editor) to a sketch, with the project's build
 * assets (model labels and facts; see BuildAssets.java). Returns JSON: {code, libraries, problems, unknownTypes}.
 */
function compile(workspaceJson, lang, assetsJson) {
  useLanguage(lang);
  setBuildAssets(assetsJson ? JSON.parse(assetsJson) : null);
  const state = JSON.parse(workspaceJson);
  const unknownTypes = unknownBlockTypes(state);
  if (unknownTypes.length) {
    return JSON.stringify({code: '', libraries: [], problems: [], unknownTypes});
  }
  withoutCoveredShadows(state);
  // Nothing listens to events here, and creating them is a large part of the cost of loading.
  Blockly.Events.disable();
  try {
    const t0 = Date.now();
    let workspace = null;
    const badShape = loadOrExplain(() => {
      if (!speedUps) warm.drop();
      workspace = warm.load(state, `${lang || 'en'}\u0000${assetsJson || ''}`);
    });
    if (badShape) {
      return JSON.stringify({code: '', libraries: [], problems: [badShape], unknownTypes: []});
    }
    settle();
    const t1 = Date.now();
    const result = generate(workspace);
    const t2 = Date.now();
    const problems = findProblems(workspace, result.types);
    const t3 = Date.now();
    return JSON.stringify({
      code: result.code,
      libraries: result.libraries,
      problems,
      blockCount: workspace.getAllBlocks(false).filter((b) => !b.isShadow()).length,
      unknownTypes: [],
      timings: {loadMs: t1 - t0, generateMs: t2 - t1, checkMs: t3 - t2, stacksBuilt: warm.built,
        stacksRefilled: warm.refilledCount,
        stacksReplayed: arduinoGenerator.stackCache ? arduinoGenerator.stackCache.replayed : 0},
    });
  } finally {
    unsettle();
    Blockly.Events.enable();
  }
}

/**
 * Runs {@code load} (of saved workspace JSON); null if it loaded, else the problem in the child's words. JSON that
 * joins blocks in a way they cannot join (a start block given a block below it, a value block put
 * in a stack) is the project's fault, not the compiler's: it is named, block and all, in one line.
 */
function loadOrExplain(load) {
  try {
    load();
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
  useLanguage(lang);
  setBuildAssets(assetsJson ? JSON.parse(assetsJson) : null);
  const state = JSON.parse(workspaceJson);
  if (unknownBlockTypes(state).length) {
    return JSON.stringify({code: '', blocks: []});
  }
  withoutCoveredShadows(state);
  const workspace = new Blockly.Workspace();
  Blockly.Events.disable();
  try {
    if (loadOrExplain(() => Blockly.serialization.workspaces.load(state, workspace, {recordUndo: false}))) {
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
  useLanguage(lang);
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
  /** The generator's own properties, after the last compile (for stack-cache.test.mjs). */
  generatorProperties: () => JSON.stringify(Object.keys(arduinoGenerator).sort()),
  /** The fixed names Kumiki writes into sketches, which no variable may take (for tests). */
  reservedNames: () => JSON.stringify(HELPER_NAMES),
};
