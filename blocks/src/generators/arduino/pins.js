/** Header and Grove pins. */
import {Order} from '../arduino.js';
import {PINS, find} from '../../options.js';
import {usePin} from './parts.js';

export function kumiki_digital_write(block, generator) {
  const pin = find(PINS, block.getFieldValue('PIN')).digital;
  usePin(generator, pin, 'OUTPUT');
  const level = block.getFieldValue('LEVEL') === 'LOW' ? 'LOW' : 'HIGH';
  return `digitalWrite(${pin}, ${level});\n`;
}

export function kumiki_digital_read(block, generator) {
  const pin = find(PINS, block.getFieldValue('PIN')).digital;
  usePin(generator, pin, 'INPUT');
  return [`digitalRead(${pin}) == HIGH`, Order.EQUALITY];
}

export function kumiki_analog_read(block, generator) {
  const pin = find(PINS, block.getFieldValue('PIN')).analog;
  return [`analogRead(${pin})`, Order.POSTFIX];
}
kumiki_analog_read.integral = true;

export function kumiki_pwm_write(block, generator) {
  const pin = find(PINS, block.getFieldValue('PIN')).digital;
  usePin(generator, pin, 'OUTPUT');
  const value = generator.valueAs(block, 'VALUE', 'Number');
  return `analogWrite(${pin}, constrain((int)(${value}), 0, 255));\n`;
}
