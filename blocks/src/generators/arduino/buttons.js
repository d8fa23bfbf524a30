/** The three top buttons and the five-way joystick; pressed pulls the pin LOW. */
import {Order} from '../arduino.js';
import {BUTTONS, find} from '../../options.js';
import {buttonDown, useButton} from './parts.js';

export function kumiki_button_pressed(block, generator) {
  const button = find(BUTTONS, block.getFieldValue('BUTTON'));
  useButton(generator, button.pin);
  return [buttonDown(button.pin), Order.EQUALITY];
}
