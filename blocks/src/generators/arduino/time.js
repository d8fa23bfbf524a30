/** Time since the board started. */
import {Order} from '../arduino.js';

export function kumiki_millis() {
  return ['millis()', Order.POSTFIX];
}
