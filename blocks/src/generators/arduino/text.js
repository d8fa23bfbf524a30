/** Blockly's standard text blocks on Arduino String objects. */
import {Order} from '../arduino.js';

/** The + of text: String objects joined, never regrouped (see Order.CONCATENATION). */

export function text(block, generator) {
  return [generator.quote_(block.getFieldValue('TEXT')), Order.ATOMIC];
}

export function text_join(block, generator) {
  const parts = [];
  for (let i = 0; i < (block.itemCount_ || 0); i++) {
    if (block.getInputTargetBlock('ADD' + i)) {
      // The first part may be a join itself: (a + b) + c is a + b + c. Later ones keep parentheses.
      const order = parts.length === 0 ? Order.CONCATENATION + 1 : Order.CONCATENATION;
      parts.push(generator.valueAs(block, 'ADD' + i, 'String', order));
    }
  }
  if (parts.length === 0) return ['String("")', Order.POSTFIX];
  // The first part must be a String object so that + joins text instead of adding pointers.
  const first = /^"/.test(parts[0]) ? `String(${parts[0]})` : parts[0];
  if (parts.length === 1) return [/^String\(/.test(first) ? first : `String(${first})`, Order.POSTFIX];
  return [[first.startsWith('String(') ? first : `String(${first})`, ...parts.slice(1)].join(' + '), Order.CONCATENATION];
}

export function text_append(block, generator) {
  const name = generator.variableName(block.getFieldValue('VAR'));
  return `${name} += ${generator.valueAs(block, 'TEXT', 'String', Order.ASSIGNMENT)};\n`;
}

export function text_length(block, generator) {
  return [`${generator.stringValue(block, 'VALUE', Order.POSTFIX)}.length()`, Order.POSTFIX];
}
// unsigned int: a length minus 5 would wrap around to four thousand million.
text_length.integral = 'unsigned';

export function text_isEmpty(block, generator) {
  return [`${generator.stringValue(block, 'VALUE', Order.POSTFIX)}.length() == 0`, Order.EQUALITY];
}

export function kumiki_number_to_text(block, generator) {
  return [`${generator.numberText()}(${generator.valueAs(block, 'NUMBER', 'Number')})`, Order.POSTFIX];
}
