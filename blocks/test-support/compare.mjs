// Two compilers from the same bundle, one with the headless speed-ups and one with Blockly left as it
// is and every workspace loaded afresh, and the means to compare them (headless-patches.test.mjs,
// warm-workspace.test.mjs).
import assert from 'node:assert/strict';
import {loadHeadless} from './headless.mjs';

export function comparing() {
  const patched = loadHeadless();
  const asBlocklyIs = loadHeadless({KUMIKI_UNPATCHED_BLOCKLY: true});

  /** Blockly gives a block without an id a random one; the line maps can only be compared with ids fixed. */
  function withIds(workspaceJson) {
    const state = JSON.parse(workspaceJson);
    let n = 0;
    const pending = [...state.blocks.blocks];
    while (pending.length) {
      const block = pending.pop();
      block.id = block.id || `b${n++}`;
      for (const connection of [...Object.values(block.inputs || {}), block.next]) {
        if (connection && connection.block) pending.push(connection.block);
        if (connection && connection.shadow) pending.push(connection.shadow);
      }
    }
    return JSON.stringify(state);
  }

  function same(name, program) {
    const workspaceJson = withIds(program);
    for (const lang of ['en', 'ja']) {
      const fast = JSON.parse(patched.compile(workspaceJson, lang, null));
      const plain = JSON.parse(asBlocklyIs.compile(workspaceJson, lang, null));
      delete fast.timings;
      delete plain.timings;
      assert.deepEqual(fast, plain, `${name} (${lang})`);
      // Two refusals are alike whatever the patches do; every program here must really load.
      assert.ok(!fast.problems.some((p) => p.kind === 'bad-shape'), `${name} (${lang}) did not load`);
      assert.equal(patched.compileLines(workspaceJson, lang, null), asBlocklyIs.compileLines(workspaceJson, lang, null),
          `${name} lines (${lang})`);
    }
  }

  /** Every block of the toolbox, with its shadows, each where it can go: hats on top, the rest in a start block. */
  function everyBlock() {
    const facts = JSON.parse(patched.blockFacts());
    const hats = [];
    let stack = null;
    for (const type of JSON.parse(patched.blockTypes())) {
      const block = JSON.parse(patched.toolboxBlock(type));
      delete block.kind;
      const shape = facts[type] && facts[type].shape;
      if (shape === 'hat') {
        hats.push({...block, x: 0, y: 100 * hats.length});
      } else if (shape === 'statement') {
        stack = {...block, ...(stack ? {next: {block: stack}} : {})};
      } else {
        // a value: printed, over the print block's own shadow, so that a covered shadow is loaded too
        const print = {type: 'kumiki_serial_print', inputs: {TEXT: {shadow: {type: 'text', fields: {TEXT: 'x'}}, block}}};
        stack = {...print, ...(stack ? {next: {block: stack}} : {})};
      }
    }
    const start = {type: 'kumiki_on_start', x: 500, y: 0, inputs: {DO: {block: stack}}};
    return JSON.stringify({blocks: {languageVersion: 0, blocks: [start, ...hats]}});
  }

  return {patched, asBlocklyIs, same, everyBlock, withIds};
}
