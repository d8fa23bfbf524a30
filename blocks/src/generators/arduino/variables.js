/** Variables: global, typed by how they are used (see types.js). */
import {Order} from '../arduino.js';

export function variables_get(block, generator) {
  return [generator.variableName(block.getFieldValue('VAR')), Order.ATOMIC];
}

export function variables_set(block, generator) {
  const id = block.getFieldValue('VAR');
  const type = generator.typeInfo.variableType(id);
  return `${generator.variableName(id)} = ${generator.valueAs(block, 'VALUE', type, Order.ASSIGNMENT)};\n`;
}

export function math_change(block, generator) {
  const name = generator.variableName(block.getFieldValue('VAR'));
  return `${name} += ${generator.valueAs(block, 'DELTA', 'Number', Order.ASSIGNMENT)};\n`;
}
