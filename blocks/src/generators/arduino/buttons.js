/** The three top buttons and the five-way joystick; pressed pulls the pin LOW. */
import {Order} from '../arduino.js';
import {BUTTONS, find} from '../../options.js';
import {usePin} from './parts.js';

export function kumiki_button_pressed(block, generator) {
  const button = find(BUTTONS, block.getFieldValue('BUTTON'));
  usePin(generator, button.pin, 'INPUT_PULLUP');
  return [`digitalRead(${button.pin}) == LOW`, Order.EQUALITY];
}
