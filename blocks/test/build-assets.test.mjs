// The build-assets input (BuildAssets.java) reaches the generator beside the workspace. Blocks that do
// not use the model must give the same sketch with or without it, and a damaged input must not break.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadHeadless, onStart, print} from '../test-support/headless.mjs';

const headless = loadHeadless();
const ws = onStart(print({type: 'text', fields: {TEXT: 'hi'}}));
const plain = JSON.parse(headless.compile(ws, 'en')).code;

const none = {labels: [], model: {}, pipeline: {}};
const model = {labels: ['wave', 'idle'], model: {input: {scale: 0.1, zeroPoint: 3}}, pipeline: {name: 'motion-spectral', version: 1}};
const inputs = [
  {title: 'no assets', assets: undefined, seen: none},
  {title: 'a model with labels', assets: JSON.stringify(model), seen: model},
  {title: 'labels that are not text', assets: JSON.stringify({labels: ['wave', 1, null, {}], model: 7, pipeline: 'x'}),
    seen: {labels: ['wave'], model: {}, pipeline: {}}},
  {title: 'not an object', assets: JSON.stringify([1, 2]), seen: none},
];
for (const c of inputs) {
  test(`${c.title}: the generator sees what it can use, and the sketch is the same`, () => {
    assert.equal(JSON.parse(headless.compile(ws, 'en', c.assets)).code, plain);
    assert.deepEqual(JSON.parse(headless.buildAssets()), c.seen);
  });
}

test('each compile sees its own assets: a project without a model does not keep the last one', () => {
  headless.compile(ws, 'en', JSON.stringify(model));
  headless.compile(ws, 'en');
  assert.deepEqual(JSON.parse(headless.buildAssets()), none);
});
