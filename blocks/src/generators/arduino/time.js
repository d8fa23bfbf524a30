/** Time since the board started. */
import {Order} from '../arduino.js';

export function kumiki_millis() {
  return ['millis()', Order.POSTFIX];
}
// unsigned long: millis() - 5000 would wrap around in the first five seconds.
kumiki_millis.integral = 'unsigned';
