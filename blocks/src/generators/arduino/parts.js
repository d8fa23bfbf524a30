/**
 * Board parts a block can ask for. Each part adds its include, global and setup
 * lines once, keyed, so any number of blocks can share it.
 */
import {SetupStage} from '../arduino.js';
import BOARD from '../../board/parts.json';
import MIC_SAMPLER from '../../board/mic_sampler.cpp';

/** A part's C++ with its %NAME% slots filled. */
function fill(text, values) {
  return text.replace(/%([A-Z]+)%/g, (slot, name) => (name in values ? values[name] : slot));
}

export function useScreen(generator) {
  generator.addInclude('tft', '#include <TFT_eSPI.h>');
  generator.addGlobal('tft', 'TFT_eSPI tft;\n// The last fill colour, so new text can paint over old text.\nuint16_t kumiki_background = TFT_BLACK;');
  generator.addSetup('tft', 'tft.begin();\ntft.setRotation(3);\ntft.fillScreen(TFT_BLACK);\n', SetupStage.HARDWARE);
}

export function useAccelerometer(generator) {
  const part = BOARD.accelerometer;
  for (const [key, line] of Object.entries(part.includes)) generator.addInclude(key, line);
  generator.addGlobal('lis', part.global);
  // Blocks read the accelerometer now and then, never faster than 100 times a second.
  const setup = part.setup.map((line) => fill(line, {ODR: part.outputDataRates['100']}));
  generator.addSetup('lis', setup.join('\n') + '\n', SetupStage.HARDWARE);
  generator.addLibrary(part.library.name, part.library.version);
}

/** A button's pin set up once, however many blocks read it. */
export function useButton(generator, pin) {
  generator.addSetup(`pin_${pin}`, fill(BOARD.button.setup, {PIN: pin}) + '\n', SetupStage.PINS);
}

/** C++ that is true while the button on {@code pin} is held down. */
export function buttonDown(pin) {
  return fill(BOARD.button.down, {PIN: pin});
}

export function useSerial(generator) {
  generator.addSetup('serial', 'Serial.begin(115200);\n', SetupStage.SERIAL);
}

export function usePin(generator, pin, mode) {
  generator.addSetup(`pin_${pin}`, `pinMode(${pin}, ${mode});\n`, SetupStage.PINS);
}

export function useBuzzer(generator) {
  usePin(generator, 'WIO_BUZZER', 'OUTPUT');
}

/**
 * The microphone at 16 kHz: the timer-driven sampler the collector uses (board/mic_sampler.cpp),
 * keeping readings while {@code active} is true. The sketch calls startMicrophone() once.
 */
export function useMicrophone(generator, active) {
  generator.addGlobal('kumiki_mic', [
    `// The microphone, ${BOARD.microphone.rate} readings a second: timer TC5 takes the newest result of ADC1,`,
    '// which converts the microphone pin all the time, into a ring that the sketch empties. Kumiki\'s',
    '// data collector samples the microphone with this same code.',
    fill(MIC_SAMPLER, {ACTIVE: active, RATE: String(BOARD.microphone.rate)}).trimEnd(),
  ].join('\n'));
}
