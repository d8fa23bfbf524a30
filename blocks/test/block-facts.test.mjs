// block-facts.json is what Java asks instead of keeping lists of hats and value blocks:
// it must say of every block what the block itself says.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {builtFile, loadHeadless} from '../test-support/headless.mjs';

const facts = JSON.parse(builtFile('block-facts.json'));
const headless = loadHeadless();

test('every block the toolbox offers has a fact, and nothing else does', () => {
  assert.deepEqual(Object.keys(facts).sort(), JSON.parse(headless.blockTypes()));
});

const cases = [
  {title: 'the start blocks are hats', types: ['kumiki_on_start', 'kumiki_forever', 'kumiki_on_button', 'kumiki_every'], shape: 'hat'},
  {title: 'function definitions hold a stack, so they are hats too', types: ['procedures_defnoreturn', 'procedures_defreturn'], shape: 'hat'},
  {title: 'statements sit in a stack', types: ['controls_if', 'kumiki_serial_print', 'math_change', 'procedures_callnoreturn'], shape: 'statement'},
  {title: 'values plug into inputs', types: ['math_number', 'text_join', 'logic_compare', 'variables_get', 'kumiki_light_level'], shape: 'value'},
];
for (const c of cases) {
  test(c.title, () => {
    for (const type of c.types) assert.equal(facts[type].shape, c.shape, type);
  });
}

test('values say what they give, as their output check does', () => {
  assert.deepEqual(facts.math_number.output, ['Number']);
  assert.deepEqual(facts.kumiki_button_pressed.output, ['Boolean']);
  assert.deepEqual(facts.text_join.output, ['String']);
  assert.equal(facts.variables_get.output, null, 'a variable gives whatever it holds');
  assert.equal(facts.kumiki_on_start.output, null);
});

test('only hats run: a statement left on the canvas is reported, one under a hat is not', () => {
  const loose = JSON.stringify({blocks: {languageVersion: 0, blocks: [
    {type: 'kumiki_serial_print', id: 'loose', x: 0, y: 0},
    {type: 'procedures_defnoreturn', id: 'fn', x: 0, y: 200, fields: {NAME: 'tune'}},
  ]}});
  const problems = JSON.parse(headless.compile(loose, 'en')).problems.filter((p) => p.kind === 'not-running');
  assert.deepEqual(problems.map((p) => p.blockId), ['loose']);
});
