// Types inferred from use: they must reach a fixpoint however long the chain of variables, and must
// not depend on where blocks sit on the canvas.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadHeadless} from '../test-support/headless.mjs';
import {block} from '../test-support/trees.mjs';

const headless = loadHeadless();

/** A workspace with the given variables and top stacks (each a list of statements) at positions. */
function workspace(names, stacks) {
  const variables = names.map((n) => ({name: n, id: `v_${n}`}));
  const blocks = stacks.map(({x, y, statements}, i) => {
    let next = null;
    for (const s of [...statements].reverse()) next = {...s, ...(next ? {next: {block: next}} : {})};
    return {type: 'kumiki_on_start', id: `start${i}`, x, y, inputs: {DO: {block: next}}};
  });
  return JSON.stringify({blocks: {languageVersion: 0, blocks}, variables});
}
const set = (name, value) => ({type: 'variables_set', fields: {VAR: {id: `v_${name}`}}, inputs: {VALUE: {block: value}}});
const get = (name) => ({type: 'variables_get', fields: {VAR: {id: `v_${name}`}}});
const declaration = (code, name) => code.split('\n').find((l) => new RegExp(`^\\w+ ${name} = `).test(l));

test('a chain of 20 text variables is text all the way down', () => {
  const names = Array.from({length: 20}, (_, i) => `t${i}`);
  // Set in reverse, so each pass of a one-pass-at-a-time inference learns one more link only.
  const statements = names.slice(1).reverse().map((n, i, all) => set(n, get(names[names.indexOf(n) - 1])));
  statements.push(set('t0', block('hello')));
  const result = JSON.parse(headless.compile(workspace(names, [{x: 0, y: 0, statements}]), 'en'));
  for (const n of names) assert.equal(declaration(result.code, n), `String ${n} = String("");`, n);
  assert.deepEqual(result.problems.filter((p) => p.kind === 'type-clash'), []);
});

test('which kind a clashing variable gets does not depend on where the blocks sit', () => {
  const asText = {statements: [set('v', block('a')), set('v', block('b'))]};
  const asNumber = {statements: [set('v', block(1))]};
  const declarations = [];
  for (const [first, second] of [[asText, asNumber], [asNumber, asText]]) {
    const ws = workspace(['v'], [{x: 0, y: 0, ...first}, {x: 0, y: 400, ...second}]);
    declarations.push(declaration(JSON.parse(headless.compile(ws, 'en')).code, 'v'));
  }
  assert.equal(declarations[0], 'String v = String("");', 'given text twice and a number once, v is text');
  assert.equal(declarations[1], declarations[0]);
});

test('a tie goes to number, then text, wherever the blocks sit', () => {
  for (const order of [[0, 400], [400, 0]]) {
    const ws = workspace(['v'], [{x: 0, y: order[0], statements: [set('v', block('a'))]},
      {x: 0, y: order[1], statements: [set('v', block(1))]}]);
    const result = JSON.parse(headless.compile(ws, 'en'));
    assert.equal(declaration(result.code, 'v'), 'double v = 0;');
    assert.equal(result.problems.filter((p) => p.kind === 'type-clash').length, 1, 'the text block is warned');
  }
});
