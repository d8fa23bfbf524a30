// JavaFX's WebKit sends key events without `key`: keys.js names them as a standard browser would.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {keyNames, installKeyNames} from '../src/keys.js';

test('the keys Blockly and the search bar read get their standard names', () => {
  assert.deepEqual(keyNames(13, false), {key: 'Enter', code: 'Enter'});
  assert.deepEqual(keyNames(27, false), {key: 'Escape', code: 'Escape'});
  assert.deepEqual(keyNames(9, true), {key: 'Tab', code: 'Tab'});
  assert.deepEqual(keyNames(70, false), {key: 'f', code: 'KeyF'});
  assert.deepEqual(keyNames(70, true), {key: 'F', code: 'KeyF'});
  assert.deepEqual(keyNames(55, false), {key: '7', code: 'Digit7'});
  assert.deepEqual(keyNames(40, false), {key: 'ArrowDown', code: 'ArrowDown'});
  assert.deepEqual(keyNames(32, false), {key: ' ', code: 'Space'});
  assert.equal(keyNames(0, false), null); // a typed character the layout decides: left to the browser
});

test('an event without a key gets one before other listeners; one with a key keeps it', () => {
  const listeners = [];
  const target = {addEventListener: (type, fn, capture) => listeners.push({type, fn, capture})};
  installKeyNames(target);
  assert.deepEqual(listeners.map((l) => [l.type, l.capture]), [['keydown', true], ['keyup', true]]);
  const bare = {key: '', code: '', keyCode: 13, shiftKey: false};
  listeners[0].fn(bare);
  assert.equal(bare.key, 'Enter');
  const named = {key: 'Enter', code: 'NumpadEnter', keyCode: 13};
  listeners[0].fn(named);
  assert.equal(named.code, 'NumpadEnter');
});
