// The editor draws a long program in pieces (src/loader.js). Put back together, the pieces must be
// exactly the program: every block once, in its place, with its fields and inputs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {piecesOf} from '../src/loader.js';

function chain(n, from = 0) {
  let block = null;
  for (let i = from + n - 1; i >= from; i--) {
    const b = {type: 'kumiki_serial_print', id: `p${i}`, inputs: {TEXT: {shadow: {type: 'text', fields: {TEXT: `line ${i}`}}}}};
    if (block) b.next = {block};
    block = b;
  }
  return block;
}

/** Joins pieces back: each attaches as the next block of its attachTo block. */
function join(pieces) {
  const byId = new Map();
  const index = (block) => {
    const pending = [block];
    while (pending.length) {
      const b = pending.pop();
      byId.set(b.id, b);
      for (const input of Object.values(b.inputs || {})) if (input.block) pending.push(input.block);
      if (b.next) pending.push(b.next.block);
    }
  };
  const tops = [];
  for (const p of pieces) {
    index(p.block);
    if (p.attachTo) {
      const parent = byId.get(p.attachTo);
      assert.ok(parent, `piece ${p.block.id} comes after the block it attaches to`);
      assert.equal(parent.next, undefined);
      parent.next = {block: p.block};
    } else {
      tops.push(p.block);
    }
  }
  return tops;
}

test('a long stack inside a start block is cut into runs and joins back to the same program', () => {
  const state = {variables: [{name: 'x', id: 'v'}], blocks: {languageVersion: 0, blocks: [
    {type: 'kumiki_on_start', id: 'start', x: 10, y: 20, inputs: {DO: {block: chain(1234)}}},
    {type: 'kumiki_forever', id: 'loop', x: 400, y: 20, inputs: {DO: {block: chain(7, 5000)}}},
  ]}};
  const {rest, pieces} = piecesOf(state, 50);
  assert.deepEqual(rest.variables, state.variables);
  assert.deepEqual(rest.blocks.blocks, []);
  // 1234 blocks in runs of 50 after the first: 25 cut-off runs, plus the two stacks.
  assert.equal(pieces.length, 2 + Math.floor(1234 / 50));
  assert.equal(JSON.stringify(join(pieces)), JSON.stringify(state.blocks.blocks));
});

test('the original state is left as it was, and blocks without ids get unique ones', () => {
  const state = {blocks: {languageVersion: 0, blocks: [{type: 'kumiki_on_start', inputs: {DO: {block: chain(120)}}}]}};
  const before = JSON.stringify(state);
  const {pieces} = piecesOf(state, 50);
  assert.equal(JSON.stringify(state), before);
  const ids = pieces.map((p) => p.block.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.every((id) => typeof id === 'string' && id.length > 0));
});

test('an empty or odd state gives no pieces and never throws', () => {
  for (const state of [{}, null, {blocks: {}}, {blocks: {blocks: 'x'}}, {blocks: {blocks: []}}]) {
    assert.deepEqual(piecesOf(state).pieces, []);
  }
});
