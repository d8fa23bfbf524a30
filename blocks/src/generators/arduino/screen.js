/** The 320x240 LCD through TFT_eSPI. */
import {Order} from '../arduino.js';
import {useScreen} from './parts.js';

function colour(block, generator) {
  return generator.valueAs(block, 'COLOUR', 'Number');
}

export function kumiki_screen_fill(block, generator) {
  useScreen(generator);
  const c = colour(block, generator);
  return `kumiki_background = ${c};\ntft.fillScreen(kumiki_background);\n`;
}

export function kumiki_screen_text(block, generator) {
  useScreen(generator);
  generator.addHelper('kumiki_drawText', [
    'void kumiki_drawText(const String &text, double x, double y, double size, uint16_t colour) {',
    '  tft.setTextSize(constrain((int)size, 1, 7));',
    '  tft.setTextColor(colour, kumiki_background);',
    '  tft.drawString(text, (int32_t)x, (int32_t)y);',
    '}',
  ].join('\n'));
  const text = generator.valueAs(block, 'TEXT', 'String');
  const args = ['X', 'Y', 'SIZE'].map((n) => generator.valueAs(block, n, 'Number'));
  return `kumiki_drawText(${text}, ${args.join(', ')}, ${colour(block, generator)});\n`;
}

export function kumiki_screen_number(block, generator) {
  useScreen(generator);
  generator.numberText();
  generator.addHelper('kumiki_drawNumber', [
    '// Pads to six characters so a shorter number fully covers a longer one.',
    'void kumiki_drawNumber(double number, double x, double y, double size, uint16_t colour) {',
    '  tft.setTextSize(constrain((int)size, 1, 7));',
    '  tft.setTextColor(colour, kumiki_background);',
    '  tft.setTextPadding(tft.textWidth("000000"));',
    '  tft.drawString(kumiki_text(number), (int32_t)x, (int32_t)y);',
    '  tft.setTextPadding(0);',
    '}',
  ].join('\n'));
  const args = ['NUMBER', 'X', 'Y', 'SIZE'].map((n) => generator.valueAs(block, n, 'Number'));
  return `kumiki_drawNumber(${args.join(', ')}, ${colour(block, generator)});\n`;
}

export function kumiki_screen_line(block, generator) {
  useScreen(generator);
  const args = ['X1', 'Y1', 'X2', 'Y2'].map((n) => generator.valueAs(block, n, 'Number'));
  return `tft.drawLine(${args.join(', ')}, ${colour(block, generator)});\n`;
}

export function kumiki_screen_rect(block, generator) {
  useScreen(generator);
  const fn = block.getFieldValue('FILL') === 'FILLED' ? 'fillRect' : 'drawRect';
  const args = ['X', 'Y', 'W', 'H'].map((n) => generator.valueAs(block, n, 'Number'));
  return `tft.${fn}(${args.join(', ')}, ${colour(block, generator)});\n`;
}

export function kumiki_screen_circle(block, generator) {
  useScreen(generator);
  const fn = block.getFieldValue('FILL') === 'FILLED' ? 'fillCircle' : 'drawCircle';
  const args = ['X', 'Y', 'R'].map((n) => generator.valueAs(block, n, 'Number'));
  return `tft.${fn}(${args.join(', ')}, ${colour(block, generator)});\n`;
}

/** #rrggbb from the picker becomes tft.color565(r, g, b): readable, and exact on the LCD. */
export function kumiki_colour(block, generator) {
  useScreen(generator);
  const hex = String(block.getFieldValue('COLOUR') || '#000000');
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const [r, g, b] = m ? [m[1], m[2], m[3]].map((h) => parseInt(h, 16)) : [0, 0, 0];
  return [`tft.color565(${r}, ${g}, ${b})`, Order.POSTFIX];
}
// A colour is a 16-bit whole number, computed with as an int.
kumiki_colour.integral = true;
