// The high-contrast look: every category keeps its hue and gets white words at 7:1 or more (WCAG AAA).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {contrast, darkForWhiteText} from '../src/contrast.js';

test('contrast follows WCAG: black on white is 21, a colour on itself is 1', () => {
  assert.equal(Math.round(contrast('#000000', '#ffffff')), 21);
  assert.equal(contrast('#5b80a5', '#5b80a5'), 1);
  // A value worked out by hand: #767676 on white is the well-known 4.54:1.
  assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
});

test('each darkened hue reaches 7:1 with white and keeps its hue order', () => {
  for (const hue of ['#f5a623', '#3a9ee8', '#2fb39a', '#c25de0', '#6b8e23', '#e0577a']) {
    const dark = darkForWhiteText(hue);
    assert.ok(contrast(dark, '#ffffff') >= 7, `${hue} -> ${dark}`);
    const order = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))
        .map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]).map((x) => x[1]).join();
    assert.equal(order(dark), order(hue), `${hue} -> ${dark} keeps which channel leads`);
  }
});
