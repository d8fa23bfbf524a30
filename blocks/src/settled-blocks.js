/**
 * Walks over the headless compiler's blocks, kept while the blocks cannot change. Once a compile has
 * loaded its workspace, nothing changes a block until the next load: the generator and the checks
 * only read. Yet Blockly walks every block of the workspace several times a compile (the variables
 * in use, whether there are events, the problems, the block count, the types), and in GraalJS's
 * interpreter a walk over 1,300 blocks costs milliseconds. While settled, each walk's answer is kept:
 *  - a stack's blocks in order, and a block's variables, for as long as the block lives (the warm
 *    workspace keeps an unchanged stack's very blocks from one compile to the next);
 *  - all the blocks of the workspace, until the next load.
 * Installed only in the headless compiler (headless.js); the editor's blocks change all the time.
 */
let settled = false;
let allBlocks = null;
const stackBlocks = new WeakMap(); // top block -> its blocks, ordered
const variablesOf = new WeakMap(); // block -> the variable models it names

/** Blocks may change (a load is coming): nothing walked until now is kept for the whole workspace. */
export function unsettle() {
  settled = false;
  allBlocks = null;
}

/** The workspace is loaded and will only be read until unsettle(). */
export function settle() {
  settled = true;
  allBlocks = null;
}

/** Wraps Blockly's walks; {@code getDescendants} is the walk headless.js already made iterative. */
export function keepWalksWhileSettled(Blockly) {
  const descendants = Blockly.Block.prototype.getDescendants;
  Blockly.Block.prototype.getDescendants = function (ordered) {
    if (!settled || !ordered || this.getParent()) return descendants.call(this, ordered);
    let blocks = stackBlocks.get(this);
    if (!blocks) {
      blocks = descendants.call(this, true);
      stackBlocks.set(this, blocks);
    }
    return blocks.slice();
  };
  const all = Blockly.Workspace.prototype.getAllBlocks;
  Blockly.Workspace.prototype.getAllBlocks = function (ordered) {
    if (!settled || ordered) return all.call(this, ordered);
    if (!allBlocks || allBlocks.workspace !== this) allBlocks = {workspace: this, blocks: all.call(this, false)};
    return allBlocks.blocks.slice();
  };
  const variables = Blockly.Block.prototype.getVarModels;
  Blockly.Block.prototype.getVarModels = function () {
    if (!settled) return variables.call(this);
    let models = variablesOf.get(this);
    if (!models) {
      models = variables.call(this);
      variablesOf.set(this, models);
    }
    return models.slice();
  };
}
