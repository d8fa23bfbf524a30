/**
 * Loads a workspace into the editor's canvas a slice at a time. In the WebView, Blockly draws
 * about ten blocks per 100 ms, and the page runs on the JavaFX thread: one synchronous load of a
 * long program would freeze the whole window. Here the program is cut into pieces (each stack, and
 * each run of SEGMENT blocks inside a long stack), and each slice of pieces is followed by a pause in
 * which the window answers clicks and repaints. A load past its time limit is stopped, and the
 * caller puts back the canvas it had.
 */
import * as Blockly from 'blockly/core';

/** Blocks per piece of a long stack: small enough for one slice, large enough to connect rarely. */
export const SEGMENT = 50;

/**
 * The workspace state without its blocks (variables and the rest, loaded first) and the blocks as
 * pieces in an order where every piece comes after the block it attaches under ({@code attachTo},
 * whose next connection takes it). Joining every piece back under its block gives the original state.
 * Blocks without an id get one, so that pieces can find each other.
 */
export function piecesOf(state, segment = SEGMENT) {
  const top = (state && state.blocks && Array.isArray(state.blocks.blocks)) ? state.blocks.blocks : [];
  const copy = JSON.parse(JSON.stringify(top));
  const pieces = copy.map((block) => ({block, attachTo: null}));
  let made = 0;
  const ensureId = (block) => {
    if (typeof block.id !== 'string' || !block.id) block.id = `kumiki-piece-${++made}-${Date.now().toString(36)}`;
  };
  for (let i = 0; i < pieces.length; i++) {
    ensureId(pieces[i].block);
    const pending = [{block: pieces[i].block, run: 0}];
    while (pending.length) {
      const {block, run} = pending.pop();
      for (const input of Object.values(block.inputs || {})) {
        if (input && input.block && typeof input.block === 'object') {
          ensureId(input.block);
          pending.push({block: input.block, run: 0});
        }
      }
      const next = block.next && block.next.block;
      if (next && typeof next === 'object') {
        ensureId(next);
        if (run + 1 >= segment) {
          delete block.next;
          pieces.push({block: next, attachTo: block.id});
        } else {
          pending.push({block: next, run: run + 1});
        }
      }
    }
  }
  const rest = {...(state || {}), blocks: {languageVersion: 0, blocks: []}};
  return {rest, pieces};
}

/**
 * Loads {@code state} into {@code workspace} in slices of about {@code sliceMs}. Calls
 * {@code progress(done, total)} after each slice, then {@code done()}; or {@code tooSlow()} once
 * {@code limitMs} have passed, leaving the workspace half loaded for the caller to replace.
 * {@code group} names the events of the load, so listeners can tell them from a child's edits.
 * Returns {cancel} for a newer load that replaces this one.
 */
export function loadInSteps(workspace, state, {sliceMs = 30, limitMs = 30000, group, progress, done, tooSlow}) {
  const {rest, pieces} = piecesOf(state);
  const started = Date.now();
  let next = 0;
  let cancelled = false;
  const withinLoad = (work) => {
    const previousGroup = Blockly.Events.getGroup();
    const recordUndo = Blockly.Events.getRecordUndo();
    Blockly.Events.setGroup(group);
    Blockly.Events.setRecordUndo(false);
    workspace.setResizesEnabled(false);
    try {
      work();
    } finally {
      workspace.setResizesEnabled(true);
      Blockly.Events.setRecordUndo(recordUndo);
      Blockly.Events.setGroup(previousGroup || false);
    }
  };
  const step = () => {
    if (cancelled) return;
    const sliceStart = Date.now();
    withinLoad(() => {
      while (next < pieces.length && Date.now() - sliceStart < sliceMs) {
        const piece = pieces[next++];
        const block = Blockly.serialization.blocks.append(piece.block, workspace, {recordUndo: false});
        const parent = piece.attachTo && workspace.getBlockById(piece.attachTo);
        if (parent && parent.nextConnection && block.previousConnection) {
          parent.nextConnection.connect(block.previousConnection);
        }
      }
    });
    if (next >= pieces.length) {
      done();
    } else if (Date.now() - started > limitMs) {
      cancelled = true;
      tooSlow();
    } else {
      progress(next, pieces.length);
      setTimeout(step, 0);
    }
  };
  withinLoad(() => {
    workspace.clear();
    Blockly.serialization.workspaces.load(rest, workspace, {recordUndo: false});
  });
  step();
  return {cancel: () => { cancelled = true; }};
}
