/** Blockly's standard text blocks on Arduino String objects. */
import {Order} from '../arduino.js';

export function text(block, generator) {
  return [generator.quote_(block.getFieldValue('TEXT')), Order.ATOMIC];
}

export function text_join(block, generator) {
  const parts = [];
  for (let i = 0; i < (block.itemCount_ || 0); i++) {
    if (block.getInputTargetBlock('ADD' + i)) {
      parts.push(generator.valueAs(block, 'ADD' + i, 'String', Order.ADDITIVE));
    }
  }
  if (parts.length === 0) return ['String("")', Order.POSTFIX];
  // The first part must be a String object so that + joins text instead of adding pointers.
  const first = /^"/.test(parts[0]) ? `String(${parts[0]})` : parts[0];
  if (parts.length === 1) return [/^String\(/.test(first) ? first : `String(${first})`, Order.POSTFIX];
  return [[first.startsWith('String(') ? first : `String(${first})`, ...parts.slice(1)].join(' + '), Order.ADDITIVE];
}

export function text_append(block, generator) {
  const name = generator.variableName(block.getFieldValue('VAR'));
  return `${name} += ${generator.valueAs(block, 'TEXT', 'String', Order.ASSIGNMENT)};\n`;
}

export function text_length(block, generator) {
  return [`${generator.stringValue(block, 'VALUE')}.length()`, Order.POSTFIX];
}

export function text_isEmpty(block, generator) {
  return [`${generator.stringValue(block, 'VALUE')}.length() == 0`, Order.EQUALITY];
}

export function kumiki_number_to_text(block, generator) {
  return [`${generator.numberText()}(${generator.valueAs(block, 'NUMBER', 'Number')})`, Order.POSTFIX];
}
