/** Colour contrast after WCAG 2, for the high-contrast look (theme.js). Plain maths, no Blockly. */

/** WCAG's relative luminance of a #rrggbb colour. */
export function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two colours (1 to 21). */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The same hue, darkened until white text on it reaches 7:1 (WCAG AAA). The high-contrast look keeps
 * each category recognisable by its hue, which children learn, while making every word readable.
 */
export function darkForWhiteText(hex) {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  for (let f = 1; f > 0; f -= 0.02) {
    const c = '#' + rgb.map((v) => Math.round(v * f).toString(16).padStart(2, '0')).join('');
    if (contrast(c, '#ffffff') >= 7) return c;
  }
  return '#000000';
}
