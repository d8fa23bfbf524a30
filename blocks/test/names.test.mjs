// Names Kumiki writes into every sketch are reserved: a child's variable can never take one.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadHeadless} from '../test-support/headless.mjs';

const headless = loadHeadless();

test('a variable called kumiki_text does not hide the helper', () => {
  const ws = JSON.stringify({variables: [{name: 'kumiki_text', id: 'v1'}], blocks: {languageVersion: 0, blocks: [
    {type: 'kumiki_on_start', x: 0, y: 0, inputs: {DO: {block: {type: 'variables_set', fields: {VAR: {id: 'v1'}},
      inputs: {VALUE: {block: {type: 'math_number', fields: {NUM: 5}}}},
      next: {block: {type: 'kumiki_serial_print', inputs: {TEXT: {block: {type: 'variables_get', fields: {VAR: {id: 'v1'}}}}}}}}}}},
  ]}});
  const code = JSON.parse(headless.compile(ws, 'en')).code;
  assert.match(code, /^double kumiki_text2 = 0;$/m);
  assert.match(code, /Serial\.println\(kumiki_text\(kumiki_text2\)\);/);
});

test('every helper and global a block writes by a fixed name is reserved', () => {
  // Every block the toolbox offers, each on its own under "when Kumiki starts" or as its own hat.
  const types = JSON.parse(headless.blockTypes()).filter((t) => !t.startsWith('procedures_') && t !== 'variables_get'
    && t !== 'variables_set' && t !== 'math_change' && t !== 'controls_flow_statements');
  const facts = JSON.parse(headless.blockFacts());
  const statements = [];
  const hats = [];
  for (const type of types) {
    const b = JSON.parse(headless.toolboxBlock(type));
    delete b.kind;
    if (facts[type].shape === 'hat') hats.push({...b, x: 0, y: 100 * hats.length + 1000});
    else if (facts[type].shape === 'value') statements.push({type: 'kumiki_serial_print', inputs: {TEXT: {block: b}}});
    else statements.push(b);
  }
  let next = null;
  for (const s of statements.reverse()) next = {...s, ...(next ? {next: {block: next}} : {})};
  const ws = JSON.stringify({blocks: {languageVersion: 0, blocks: [
    {type: 'kumiki_on_start', x: 0, y: 0, inputs: {DO: {block: next}}}, ...hats]}});
  const code = JSON.parse(headless.compile(ws, 'en')).code;
  const defined = new Set([...code.matchAll(/^\S[^(\n]*?\b(kumiki_\w+)\s*(?:\(|=|;)/gm)].map((m) => m[1]));
  assert.ok(defined.size >= 10, [...defined].join(' '));
  const reserved = JSON.parse(headless.reservedNames());
  for (const name of defined) assert.ok(reserved.includes(name), `${name} is written but not reserved`);
});
