/**
 * The headless compiler's workspace, kept from one compile to the next. Building blocks is most of a
 * compile's cost, and between two compiles of an edited program a child has changed one stack, not
 * all of them; so only the top-level stacks whose saved JSON changed are built again, the others are
 * kept as they are. The result must be the very workspace a fresh load would give: same blocks, same
 * top-level order (the generator and the checks walk it), same variables. Anything this cannot
 * promise (another language or model, other variables, two stacks at one place) loads afresh.
 * warm-workspace.test.mjs compares it with fresh loads over runs of random edits.
 */
import * as Blockly from 'blockly/core';

export class WarmWorkspace {
  constructor() {
    this.workspace = null;
    this.context = null;
    this.stacks = []; // [{key, block}], in the order of the saved JSON
    this.built = 0; // stacks built by the last load (for benchmarks and tests)
  }

  /**
   * The workspace for {@code state}, built only where it changed. {@code context} names everything
   * else that the blocks read when they are built (language, model); another context loads afresh.
   * Throws what Blockly throws for JSON it cannot load; the next load then starts afresh.
   */
  load(state, context) {
    const tops = (state.blocks && state.blocks.blocks) || [];
    const keys = keysOf(tops);
    const whole = context + '\u0000' + JSON.stringify(state.variables || []) + '\u0000' + JSON.stringify(
        Object.keys(state).filter((k) => k !== 'blocks' && k !== 'variables').map((k) => [k, state[k]]));
    try {
      if (!keys || !this.workspace || this.context !== whole || sharesAPlace(tops) || namesAProcedureTwice(tops)) {
        this.fresh(state, keys);
      } else {
        this.update(tops, keys);
      }
    } catch (e) {
      // Left as it is for the caller to name the block that failed; the next load starts afresh.
      this.context = null;
      throw e;
    }
    // A block that names a variable the list lacks makes it on load; a fresh load without that block
    // would not have it, so such a workspace is not kept.
    const sameVariables = this.workspace.getVariableMap().getAllVariables().length === (state.variables || []).length;
    this.context = keys && sameVariables ? whole : null;
    return this.workspace;
  }

  fresh(state, keys) {
    this.drop();
    this.workspace = new Blockly.Workspace();
    Blockly.serialization.workspaces.load(state, this.workspace, {recordUndo: false});
    const blocks = this.workspace.getTopBlocks(false);
    this.built = blocks.length;
    this.stacks = keys ? keys.map((key, i) => ({key, block: blocks[i]})) : [];
  }

  update(tops, keys) {
    const kept = new Map();
    for (const stack of this.stacks) {
      if (!kept.has(stack.key)) kept.set(stack.key, []);
      kept.get(stack.key).push(stack.block);
    }
    const next = keys.map((key) => {
      const same = kept.get(key);
      return {key, block: same && same.length ? same.shift() : null};
    });
    // Stacks no longer saved go first, so that a block moved to another stack keeps its id.
    for (const blocks of kept.values()) for (const block of blocks) block.dispose(false);
    this.built = 0;
    next.forEach((stack, i) => {
      if (stack.block) return;
      this.built++;
      stack.block = Blockly.serialization.blocks.append(tops[i], this.workspace, {recordUndo: false});
    });
    // Blockly lists top blocks in the order they were made; a fresh load makes them in the saved order.
    this.workspace.topBlocks.splice(0, this.workspace.topBlocks.length, ...next.map((s) => s.block));
    this.stacks = next;
  }

  drop() {
    if (this.workspace) this.workspace.dispose();
    this.workspace = null;
    this.context = null;
    this.stacks = [];
  }
}

/**
 * Each stack's saved JSON, which names it exactly; null when a stack is nested too deep to write out
 * (a chain of thousands of blocks), which is then loaded afresh every time, as it was before.
 */
function keysOf(tops) {
  try {
    return tops.map((top) => JSON.stringify(top));
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** Blockly orders stacks by place; two at one place keep the order they were made in, which differs. */
function sharesAPlace(tops) {
  const places = new Set();
  for (const top of tops) {
    const place = `${top.x},${top.y}`;
    if (places.has(place)) return true;
    places.add(place);
  }
  return false;
}

/**
 * A second procedure of one name is renamed as it is built ("greet2"), and which one is second
 * depends on which was built first. The editor never saves two; a hand-made file may.
 */
function namesAProcedureTwice(tops) {
  const names = new Set();
  for (const top of tops) {
    if (typeof top.type !== 'string' || !top.type.startsWith('procedures_def')) continue;
    const name = String((top.fields && top.fields.NAME) || '').toLowerCase();
    if (names.has(name)) return true;
    names.add(name);
  }
  return false;
}
