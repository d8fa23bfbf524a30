// The headless compiler changes a few of Blockly's internals for speed (patchForHeadless in
// src/headless.js). The independent expectation is Blockly left as it is: the same bundle, loaded a
// second time with the patches off, must give the same sketch, problems, block count and line map for
// every program here, in both languages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {comparing} from '../test-support/compare.mjs';
import {printing} from '../test-support/trees.mjs';

const {patched, asBlocklyIs, same, everyBlock} = comparing();
const root = join(import.meta.dirname, '..', '..');

test('every toolbox block compiles the same as with Blockly as it is', () => {
  same('every block', everyBlock());
});

test('the samples compile the same as with Blockly as it is', () => {
  for (const name of readdirSync(join(root, 'samples'))) {
    const project = JSON.parse(readFileSync(join(root, 'samples', name, 'project.json'), 'utf8'));
    same(name, JSON.stringify(project.workspace));
  }
});

test('the codegen fixtures compile the same as with Blockly as it is', () => {
  const dir = join(root, 'codegen', 'src', 'test', 'resources', 'fixtures');
  for (const name of readdirSync(dir)) {
    same(name, readFileSync(join(dir, name), 'utf8'));
  }
});

test('the expression table compiles the same as with Blockly as it is', () => {
  const {cases} = JSON.parse(readFileSync(join(import.meta.dirname, 'expressions.json'), 'utf8'));
  for (const c of cases) same(c.title, printing(c.tree));
});

test('a language change between compiles is followed (messages are not kept from the last language)', () => {
  const program = everyBlock();
  const en = JSON.parse(patched.compile(program, 'en', null));
  const ja = JSON.parse(patched.compile(program, 'ja', null));
  const enAgain = JSON.parse(patched.compile(program, 'en', null));
  assert.equal(enAgain.code, en.code);
  assert.equal(ja.code, JSON.parse(asBlocklyIs.compile(program, 'ja', null)).code);
  assert.equal(patched.blockLabel('kumiki_screen_text', '{}', 'ja'), asBlocklyIs.blockLabel('kumiki_screen_text', '{}', 'ja'));
  assert.equal(patched.blockLabel('kumiki_screen_text', '{}', 'en'), asBlocklyIs.blockLabel('kumiki_screen_text', '{}', 'en'));
});
