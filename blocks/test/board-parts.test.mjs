// The board's parts (board/parts.json) are written once; the generator must emit them exactly as
// declared, and once however many blocks use them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {builtFile, loadHeadless, onStart, print} from '../test-support/headless.mjs';

const parts = JSON.parse(builtFile('board/parts.json'));
const headless = loadHeadless();
const code = (ws) => JSON.parse(headless.compile(ws, 'en')).code;
const count = (text, part) => text.split(part).length - 1;

test('the accelerometer is set up as parts.json says, at 100 readings a second', () => {
  const sketch = code(onStart(print({type: 'kumiki_acceleration', fields: {AXIS: 'X'}})));
  for (const line of Object.values(parts.accelerometer.includes)) assert.equal(count(sketch, line), 1, line);
  assert.equal(count(sketch, parts.accelerometer.global), 1);
  for (const line of parts.accelerometer.setup) {
    const expected = line.replace('%ODR%', parts.accelerometer.outputDataRates['100']);
    assert.ok(sketch.includes(expected), expected);
  }
});

test('two blocks that read the accelerometer share one set-up', () => {
  const sketch = code(onStart(print({type: 'kumiki_acceleration', fields: {AXIS: 'X'}}),
      print({type: 'kumiki_tilt'})));
  assert.equal(count(sketch, 'lis.begin(Wire1);'), 1);
  assert.equal(count(sketch, parts.accelerometer.global), 1);
});

const buttons = [
  {title: 'reading a button', ws: onStart(print({type: 'kumiki_button_pressed', fields: {BUTTON: 'A'}}))},
  {title: 'a button event', ws: JSON.stringify({blocks: {languageVersion: 0, blocks: [
    {type: 'kumiki_on_button', x: 0, y: 0, fields: {BUTTON: 'A'}}]}})},
];
for (const c of buttons) {
  test(`${c.title} sets the pin up and reads it as parts.json says`, () => {
    const sketch = code(c.ws);
    assert.equal(count(sketch, parts.button.setup.replace('%PIN%', 'WIO_KEY_A')), 1);
    const down = parts.button.down.replace('%PIN%', c.title === 'a button event' ? 'pin' : 'WIO_KEY_A');
    assert.ok(sketch.includes(down), down);
  });
}

test('the microphone sampler names its slots, for the collector and the Teach blocks to fill', () => {
  const sampler = builtFile(`board/${parts.microphone.sampler}`);
  assert.ok(sampler.includes('%ACTIVE%') && sampler.includes('%RATE%'));
  assert.ok(sampler.includes('void TC5_Handler()') && sampler.includes('static void startMicrophone()'));
});
