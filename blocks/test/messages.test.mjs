// Every word on a block exists in English and Japanese, with a note for translators that says
// what each %n slot is: adding a block means adding its messages to all three files.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

const msg = (lang) => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'msg', `${lang}.json`), 'utf8'));
const en = msg('en');
const ja = msg('ja');
const qqq = msg('qqq');
const slots = (text) => [...new Set(text.match(/%\d/g) || [])].sort();

test('English, Japanese and the translator notes have the same keys', () => {
  assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
  assert.deepEqual(Object.keys(qqq).sort(), Object.keys(en).sort());
});

test('the Japanese words fill the same slots as the English', () => {
  for (const key of Object.keys(en)) assert.deepEqual(slots(ja[key]), slots(en[key]), key);
});

test('every slot is explained to translators', () => {
  for (const key of Object.keys(en)) {
    for (const slot of slots(en[key])) assert.ok(qqq[key].includes(slot), `${key}: the note does not say what ${slot} is`);
  }
});
