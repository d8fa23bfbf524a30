/**
 * Entry point for the headless compiler: Blockly and Kumiki's blocks in a
 * sandboxed GraalJS context, with no DOM and no host access. Java talks to it
 * through strings only (JSON in, JSON out).
 */
import {DOMImplementation, DOMParser, XMLSerializer} from '@xmldom/xmldom';
import {Blockly, defineBlocks, setLanguage, generate, findProblems, toolboxBlockTypes, toolboxBlock} from './kumiki.js';

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

function init(lang) {
  if (!ready) {
    // Shadow blocks are built through Blockly's XML utilities, which need a DOM.
    const document = new DOMImplementation().createDocument(null, null, null);
    Blockly.utils.xml.injectDependencies({document, DOMParser, XMLSerializer});
    Blockly.fieldRegistry.register('field_colour', HeadlessColourField);
    ready = true;
  }
  defineBlocks(lang);
}

function collectTypes(node, into) {
  if (Array.isArray(node)) {
    node.forEach((n) => collectTypes(n, into));
  } else if (node && typeof node === 'object') {
    if (typeof node.type === 'string' && (node.id !== undefined || node.fields || node.inputs || node.next || node.x !== undefined)) {
      into.add(node.type);
    }
    for (const value of Object.values(node)) collectTypes(value, into);
  }
}

/**
 * Compiles Blockly workspace JSON (as saved by the editor) to a sketch.
 * Returns JSON: {code, libraries, problems, unknownTypes}.
 */
function compile(workspaceJson, lang) {
  setLanguage(lang || 'en');
  const state = JSON.parse(workspaceJson);
  const used = new Set();
  collectTypes(state.blocks || {}, used);
  const unknownTypes = [...used].filter((t) => !Blockly.Blocks[t]).sort();
  if (unknownTypes.length) {
    return JSON.stringify({code: '', libraries: [], problems: [], unknownTypes});
  }
  const workspace = new Blockly.Workspace();
  try {
    Blockly.serialization.workspaces.load(state, workspace, {recordUndo: false});
    const result = generate(workspace);
    return JSON.stringify({
      code: result.code,
      libraries: result.libraries,
      problems: findProblems(workspace),
      blockCount: workspace.getAllBlocks(false).filter((b) => !b.isShadow()).length,
      unknownTypes: [],
    });
  } finally {
    workspace.dispose();
  }
}

globalThis.KumikiHeadless = {
  init,
  compile,
  blockTypes: () => JSON.stringify(toolboxBlockTypes()),
  toolboxBlock: (type) => JSON.stringify(toolboxBlock(type)),
};
