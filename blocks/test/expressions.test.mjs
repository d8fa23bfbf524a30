// Nested expressions, table-driven (expressions.json): each tree must give exactly the C++ a person
// wrote down for it. That the C++ then prints the right line is checked by running it on the host
// (codegen's ExpressionCasesTest), from the same table.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {loadHeadless} from '../test-support/headless.mjs';
import {printing} from '../test-support/trees.mjs';

const {cases} = JSON.parse(readFileSync(join(import.meta.dirname, 'expressions.json'), 'utf8'));
const headless = loadHeadless();

/** The argument of the one Serial.println in setup(). */
function printed(code) {
  const line = code.split('\n').find((l) => l.startsWith('  Serial.println('));
  assert.ok(line, code);
  return line.slice('  Serial.println('.length, -');'.length);
}

for (const c of cases) {
  test(c.title, () => {
    const result = JSON.parse(headless.compile(printing(c.tree), 'en'));
    assert.deepEqual(result.unknownTypes, []);
    assert.equal(printed(result.code), c.cpp);
  });
}
