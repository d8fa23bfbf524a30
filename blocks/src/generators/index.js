/** Collects one generator function per block type, named exactly after it. */
import {ArduinoGenerator} from './arduino.js';
import * as start from './arduino/start.js';
import * as control from './arduino/control.js';
import * as loops from './arduino/loops.js';
import * as logic from './arduino/logic.js';
import * as math from './arduino/math.js';
import * as text from './arduino/text.js';
import * as variables from './arduino/variables.js';
import * as procedures from './arduino/procedures.js';
import * as screen from './arduino/screen.js';
import * as buttons from './arduino/buttons.js';
import * as sound from './arduino/sound.js';
import * as sensors from './arduino/sensors.js';
import * as serial from './arduino/serial.js';
import * as pins from './arduino/pins.js';
import * as time from './arduino/time.js';
import * as teach from './arduino/teach.js';

export const arduinoGenerator = new ArduinoGenerator();
for (const module of [start, control, loops, logic, math, text, variables, procedures,
  screen, buttons, sound, sensors, serial, pins, time, teach]) {
  Object.assign(arduinoGenerator.forBlock, module);
}
