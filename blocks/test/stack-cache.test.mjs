// The headless compiler replays what an unchanged stack gave the generator last time
// (src/generators/stack-cache.js). It can only be right if it knows every place the generator keeps
// state, and if a replayed sketch is the sketch a full generation gives. warm-workspace.test.mjs runs
// long random edits without a model; here the Teach blocks, which keep the most state, run with one.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {comparing} from '../test-support/compare.mjs';
import {CODE_LISTS, SECTIONS} from '../src/generators/stack-cache.js';
import {eachBlock} from '../test-support/headless.mjs';

const {patched, asBlocklyIs, everyBlock, withIds} = comparing();
const model = JSON.stringify({labels: ['wave', 'idle'], model: {input: {scale: 0.1, zeroPoint: 3}},
  pipeline: {name: 'motion-spectral', version: 1}});

test('every property the generator keeps is one the stack cache replays, reads or treats as the whole program', () => {
  patched.compile(everyBlock(), 'en', model);
  const settings = ['COMMENT_WRAP', 'FUNCTION_NAME_PLACEHOLDER_', 'FUNCTION_NAME_PLACEHOLDER_REGEXP_', 'INDENT',
    'INFINITE_LOOP_TRAP', 'ORDER_OVERRIDES', 'RESERVED_WORDS_', 'STATEMENT_PREFIX', 'STATEMENT_SUFFIX', 'forBlock',
    'name_', 'isInitialized', 'stackCache'];
  const read = ['nameDB_', 'teachUsed_'];
  const wholeProgram = ['typeInfo', 'hasEvents', 'workspace_'];
  // Blockly's own sections for provideFunction_: no Kumiki block writes them, so none are replayed.
  const unused = ['definitions_', 'functionNames_'];
  const known = new Set([...settings, ...Object.values(SECTIONS), ...CODE_LISTS, ...read, ...wholeProgram, ...unused]);
  const unknown = JSON.parse(patched.generatorProperties()).filter((p) => !known.has(p));
  assert.deepEqual(unknown, [], 'state the stack cache does not know about');
});

test('with a model, a program of every block replays its unchanged stacks and gives the full generation\'s sketch', () => {
  const state = JSON.parse(withIds(everyBlock()));
  const numbers = [];
  // Every variable listed, as the editor saves them: a workspace that makes variables as it loads is
  // loaded afresh each time, and nothing would be replayed.
  state.variables = [{name: 'item', id: 'v-item'}];
  const visit = (block) => {
    if (block.type === 'math_number') numbers.push(block);
    if (['variables_get', 'variables_set', 'math_change', 'controls_for', 'text_append'].includes(block.type)) {
      block.fields = {...block.fields, VAR: {id: 'v-item'}};
    }
  };
  state.blocks.blocks.forEach((top) => eachBlock(top, visit));
  // Two functions of one name are renamed as they load, which only a fresh load can do alike.
  state.blocks.blocks.forEach((b, i) => b.type.startsWith('procedures_def') && (b.fields = {NAME: `task${i}`}));
  assert.ok(state.blocks.blocks.length > 5 && numbers.length > 5);
  let replayed = 0;
  for (let i = 0; i < 12; i++) {
    numbers[(i * 7) % numbers.length].fields = {NUM: 100 + i};
    const json = JSON.stringify(state);
    const warm = JSON.parse(patched.compile(json, 'en', model));
    const fresh = JSON.parse(asBlocklyIs.compile(json, 'en', model));
    replayed += warm.timings.stacksReplayed;
    delete warm.timings;
    delete fresh.timings;
    assert.deepEqual(warm, fresh, `edit ${i}`);
    assert.ok(warm.code.includes('kumiki_teach'), 'the Teach blocks were generated');
  }
  assert.ok(replayed > 12, `only ${replayed} stacks were replayed`);
});
