/** Built-in sensors: light, accelerometer (LIS3DHTR on Wire1) and microphone. */
import {Order} from '../arduino.js';
import {useAccelerometer, usePin} from './parts.js';

export function kumiki_light_level(block, generator) {
  usePin(generator, 'WIO_LIGHT', 'INPUT');
  return ['analogRead(WIO_LIGHT)', Order.POSTFIX];
}
kumiki_light_level.integral = true;

export function kumiki_acceleration(block, generator) {
  useAccelerometer(generator);
  const axis = {X: 'X', Y: 'Y', Z: 'Z'}[block.getFieldValue('AXIS')] || 'X';
  return [`lis.getAcceleration${axis}()`, Order.POSTFIX];
}

/**
 * Tilt directions as the child holds the board, screen up and buttons away:
 * the accelerometer's y axis runs left-right and x runs forward-back.
 * 0.5 g is about 30 degrees, past a steady hand's wobble.
 */
const TILT = {
  LEFT: 'lis.getAccelerationY() > 0.5',
  RIGHT: 'lis.getAccelerationY() < -0.5',
  FORWARD: 'lis.getAccelerationX() < -0.5',
  BACK: 'lis.getAccelerationX() > 0.5',
};

export function kumiki_tilt(block, generator) {
  useAccelerometer(generator);
  return [TILT[block.getFieldValue('DIRECTION')] || TILT.LEFT, Order.RELATIONAL];
}

export function kumiki_loudness(block, generator) {
  usePin(generator, 'WIO_MIC', 'INPUT');
  generator.addHelper('kumiki_loudness', [
    '// Loudness is how far the microphone signal swings over about 5 ms.',
    'int kumiki_loudness() {',
    '  int low = 1023, high = 0;',
    '  for (int i = 0; i < 100; i++) {',
    '    int v = analogRead(WIO_MIC);',
    '    if (v < low) low = v;',
    '    if (v > high) high = v;',
    '  }',
    '  return high - low;',
    '}',
  ].join('\n'));
  return ['kumiki_loudness()', Order.POSTFIX];
}
kumiki_loudness.integral = true;
