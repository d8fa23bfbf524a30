/**
 * The headless compiler's workspace, kept from one compile to the next. Building blocks is most of a
 * compile's cost, and between two compiles of an edited program a child has changed one stack, not
 * all of them; so only the top-level stacks whose saved JSON changed are built again, the others are
 * kept as they are. The result must be the very workspace a fresh load would give: same blocks, same
 * top-level order (the generator and the checks walk it), same variables. Anything this cannot
 * promise (another language or model, other variables, two stacks at one place) loads afresh.
 *
 * The edit a child makes most is to a field: a number, a word, a choice in a dropdown. A stack that
 * differs from a kept one only there keeps its blocks too, with the new values set, unless a field
 * has a validator of its own or will not take its value as saved (then only building the stack again
 * gives what a fresh load gives).
 * warm-workspace.test.mjs compares it with fresh loads over runs of random edits.
 */
import * as Blockly from 'blockly/core';

export class WarmWorkspace {
  /** {@code refilled} hears of every kept stack whose fields were set anew (what was made from it is stale). */
  constructor(refilled = () => {}) {
    this.workspace = null;
    this.context = null;
    this.stacks = []; // [{key, block}], in the order of the saved JSON
    this.built = 0; // stacks built by the last load (for benchmarks and tests)
    this.refilledCount = 0; // kept stacks given new field values by the last load (for benchmarks and tests)
    this.refilled = refilled;
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
    this.refilledCount = 0;
    const leftOver = [];
    for (const [key, blocks] of kept) for (const block of blocks) leftOver.push({key, block, size: countBlocks(key)});
    next.forEach((stack, i) => {
      if (stack.block) return;
      // Counting blocks is cheap and tells most edits that add or take away a block; only stacks of
      // as many blocks are compared by shape.
      const count = countBlocks(stack.key);
      const alike = leftOver.filter((old) => old.size === count);
      if (!alike.length) return;
      const shape = shapeOf(tops[i]);
      const old = alike.find((o) => (o.shape = o.shape || shapeOf(JSON.parse(o.key))) === shape);
      if (!old) return;
      leftOver.splice(leftOver.indexOf(old), 1);
      const blocks = kept.get(old.key);
      blocks.splice(blocks.indexOf(old.block), 1);
      if (refill(old.block, tops[i])) {
        stack.block = old.block;
        this.refilledCount++;
        this.refilled(old.block);
      } else {
        blocks.push(old.block); // half set: thrown away below, and the stack built afresh
      }
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

/** How many blocks a stack's saved JSON holds. */
function countBlocks(key) {
  let count = 0;
  for (let at = key.indexOf('"type":'); at >= 0; at = key.indexOf('"type":', at + 7)) count++;
  return count;
}

/** A stack's saved JSON with every field value that is not a variable left out. */
function shapeOf(top) {
  return JSON.stringify(top, function (name, value) {
    if (name !== 'fields' || !value || typeof value !== 'object' || Array.isArray(value)) return value;
    const kinds = {};
    for (const [field, v] of Object.entries(value)) kinds[field] = v !== null && typeof v === 'object' ? v : null;
    return kinds;
  });
}

/**
 * Sets the field values of {@code state}, a stack of {@code top}'s shape, on {@code top}'s blocks; false
 * if a field does not end up holding its value exactly as saved, or a block changed its inputs, in
 * which case the stack is half set and must not be used.
 */
function refill(top, state) {
  const pending = [[top, state]];
  while (pending.length) {
    const [block, saved] = pending.pop();
    if (!block || !saved || block.type !== saved.type) return false;
    const inputs = block.inputList.length;
    for (const [name, value] of Object.entries(saved.fields || {})) {
      if (value !== null && typeof value === 'object') continue; // a variable: part of the shape
      const field = block.getField(name);
      if (!field) return false;
      if (field.saveState() === value) continue;
      // A field with a validator of its own may change more than itself (a function's name renames
      // its calls in other stacks, a dropdown adds an input): only a fresh build does what a load does.
      if (field.getValidator()) return false;
      field.loadState(value);
      if (field.saveState() !== value) return false;
    }
    if (block.inputList.length !== inputs) return false;
    for (const [name, input] of Object.entries(saved.inputs || {})) {
      const child = input && (input.block || input.shadow);
      if (child) pending.push([block.getInputTargetBlock(name), child]);
    }
    const below = saved.next && (saved.next.block || saved.next.shadow);
    if (below) pending.push([block.getNextBlock(), below]);
  }
  return true;
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
