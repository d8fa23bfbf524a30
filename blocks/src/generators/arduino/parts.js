/**
 * Board parts a block can ask for. Each part adds its include, global and setup
 * lines once, keyed, so any number of blocks can share it.
 */
import {SetupStage} from '../arduino.js';

export function useScreen(generator) {
  generator.addInclude('tft', '#include <TFT_eSPI.h>');
  generator.addGlobal('tft', 'TFT_eSPI tft;\n// The last fill colour, so new text can paint over old text.\nuint16_t kumiki_background = TFT_BLACK;');
  generator.addSetup('tft', 'tft.begin();\ntft.setRotation(3);\ntft.fillScreen(TFT_BLACK);\n', SetupStage.HARDWARE);
}

export function useAccelerometer(generator) {
  generator.addInclude('lis', '#include "LIS3DHTR.h"');
  generator.addInclude('wire', '#include <Wire.h>');
  generator.addGlobal('lis', 'LIS3DHTR<TwoWire> lis;');
  generator.addSetup('lis',
      'lis.begin(Wire1);\nlis.setOutputDataRate(LIS3DHTR_DATARATE_100HZ);\nlis.setFullScaleRange(LIS3DHTR_RANGE_2G);\n',
      SetupStage.HARDWARE);
  generator.addLibrary('Grove-3-Axis-Digital-Accelerometer-2g-to-16g-LIS3DHTR', '1.2.3');
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
