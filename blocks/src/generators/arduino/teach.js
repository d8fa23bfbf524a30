/**
 * Teach blocks: the model the child trained, running inside the sketch through TensorFlow Lite for
 * Microcontrollers. The model's numbers live in kumiki_model.h and its feature code in kumiki_features.h,
 * both written beside the .ino by Java (codegen's TeachFiles) from the project's model/ folder; this
 * generator writes only what reads the sensor, runs the model and turns its answers into events, and
 * takes every size from the macros of those headers. Labels come from buildAssets(), in the model's order.
 *
 * What the sketch does is what kumiki.ml's LiveRecognition and Recognizer do in Java, step for step:
 * the same windows, the same rounding into int8, the same smoothing; the host tests compare the two.
 */
import {Order, SetupStage} from '../arduino.js';
import {buildAssets} from '../../assets.js';
import {useAccelerometer, useMicrophone, useScreen, useSerial, usePin} from './parts.js';
import * as Blockly from 'blockly/core';

const OPS = {
  FULLY_CONNECTED: 'AddFullyConnected',
  CONV_2D: 'AddConv2D',
  MAX_POOL_2D: 'AddMaxPool2D',
  RESHAPE: 'AddReshape',
  SOFTMAX: 'AddSoftmax',
};

const MOTION = ['accX', 'accY', 'accZ'];

/** The Arduino library that brings TensorFlow Lite for Microcontrollers, pinned in sketch.yaml. */
export const TFLM_LIBRARY = {name: 'tflm_cortexm', version: '1.0.0'};

/**
 * Which of the Wio Terminal's sensors the model listens to: from the pipeline's channels, and for a
 * one-channel signal from model.json's "sensor" (light, or analog:A0..A8), light by default. Null when
 * no sensor gives those channels (codegen refuses such a model in words).
 */
export function modelSensor(assets = buildAssets()) {
  const channels = Array.isArray(assets.pipeline.channels) ? assets.pipeline.channels : [];
  if (channels.join() === MOTION.join()) return {kind: 'accel'};
  if (channels.join() === 'audio') return {kind: 'mic'};
  if (channels.join() === 'value') {
    const m = /^analog:(A[0-8])$/.exec(String(assets.model.sensor || ''));
    return m ? {kind: 'analog', pin: m[1]} : {kind: 'light', pin: 'WIO_LIGHT'};
  }
  return null;
}

/** The label's index in the model's output, or -1 when the model has no such label. */
function labelIndex(block) {
  return buildAssets().labels.indexOf(block.getFieldValue('LABEL'));
}

/** `2 /* wave *\/`: the index the sketch compares, with the label's name for the reader. */
function labelCode(block) {
  const i = labelIndex(block);
  const name = String(block.getFieldValue('LABEL') || '').replace(/\*\//g, '* /').replace(/[\r\n]/g, ' ');
  return `${i} /* ${name} */`;
}

function sensorRead(generator, sensor) {
  switch (sensor && sensor.kind) {
    case 'accel':
      useAccelerometer(generator);
      return ['  // The accelerometer in g, in the order the model was trained on: x, y, z.',
        '  slot[0] = lis.getAccelerationX();',
        '  slot[1] = lis.getAccelerationY();',
        '  slot[2] = lis.getAccelerationZ();'];
    case 'light':
    case 'analog':
      usePin(generator, sensor.pin, 'INPUT');
      return [`  slot[0] = analogRead(${sensor.pin});`];
    default:
      // No sensor the board has gives these readings; codegen refuses the model before this sketch is used.
      return ['  slot[0] = 0;'];
  }
}

/** Everything a Teach block needs, written once however many Teach blocks there are. */
export function useTeach(generator) {
  if (generator.teachUsed_) return;
  generator.teachUsed_ = true;
  const assets = buildAssets();
  const sensor = modelSensor(assets);
  useScreen(generator);
  useSerial(generator);
  generator.addIncludeFirst('tflm', '#include <tflm_cortexm.h>');
  // TFLM of January 2023 with CMSIS-NN, from the Arduino library index (see docs/teach.md).
  generator.addLibrary(TFLM_LIBRARY.name, TFLM_LIBRARY.version);
  generator.addInclude('kumiki_model', '#include "kumiki_model.h"');
  generator.addInclude('kumiki_features', '#include "kumiki_features.h"');
  const operators = Array.isArray(assets.model.report && assets.model.report.operators)
    ? [...new Set(assets.model.report.operators)].filter((op) => OPS[op]) : [];
  const mic = sensor && sensor.kind === 'mic';
  const read = mic ? [] : sensorRead(generator, sensor);

  generator.addGlobal('kumiki_teach', [
    '// --- Teach: what the board has learnt ---------------------------------------------------',
    '// The model (kumiki_model.h) looks at a window of KUMIKI_MODEL_WINDOW readings and says how',
    '// sure it is of each label. Readings go into a ring; every KUMIKI_MODEL_STRIDE readings the',
    '// newest window is turned into features (kumiki_features.h) and classified. A label is',
    '// recognised when it wins, above its certainty needed, in KUMIKI_MODEL_AGREE of the last',
    '// KUMIKI_MODEL_OF windows: one jittery window never fires an event.',
    'struct KumikiTeach {',
    '  float ring[KUMIKI_MODEL_WINDOW * KUMIKI_MODEL_CHANNELS];  // the newest readings',
    ...(mic ? ['  uint32_t head;                       // where the next reading goes in the ring'] : []),
    '  uint32_t readings;                   // readings since recognising started',
    ...(mic ? [] : ['  unsigned long nextUs;                // when the next reading is due']),
    '  bool running;                        // "stop recognising" pauses the sensor',
    '  bool ready;                          // the model is set up',
    '  float certainty[KUMIKI_MODEL_LABELS];  // of the newest window, 0 to 1',
    '  double needed[KUMIKI_MODEL_LABELS];    // the certainty each label needs',
    '  int last[KUMIKI_MODEL_OF];           // the winner of each of the last windows, -1 if none was sure',
    '  int recognised;                      // the recognised label, -1 for none',
    '  int started, stopped;                // what changed, until the event poll runs the handlers; -1: nothing',
    '  tflite::MicroInterpreter *interpreter;',
    '};',
    'KumikiTeach kumiki_teach;',
    '// TFLM keeps the model\'s working memory here; its size is explained in kumiki_model.h.',
    'alignas(16) static uint8_t kumiki_teach_arena[KUMIKI_MODEL_ARENA_BYTES];',
  ].join('\n'));
  // Sound comes 16,000 readings a second, too fast to read one by one in loop(): a timer samples it.
  if (mic) useMicrophone(generator, 'kumiki_teach.running');

  const failed = generator.quote_(Blockly.Msg.KUMIKI_TEACH_FAILED || '');
  const failedScreen = generator.quote_(Blockly.Msg.KUMIKI_TEACH_FAILED_SCREEN || '');
  generator.addHelper('kumiki_teachStart', [
    '// Starts (again) with an empty window: nothing is recognised until a whole window is new.',
    'void kumiki_teachStart() {',
    '  kumiki_teach.readings = 0;',
    ...(mic ? ['  kumiki_teach.head = 0;', '  ringTail = ringHead;  // sound from before is not part of the new window'] : []),
    ...(mic ? [] : ['  kumiki_teach.nextUs = micros();']),
    '  for (int i = 0; i < KUMIKI_MODEL_OF; i++) kumiki_teach.last[i] = -1;',
    '  for (int i = 0; i < KUMIKI_MODEL_LABELS; i++) kumiki_teach.certainty[i] = 0;',
    '  kumiki_teach.recognised = -1;',
    '  kumiki_teach.started = kumiki_teach.stopped = -1;',
    '  kumiki_teach.running = true;',
    '}',
  ].join('\n'));
  generator.addHelper('kumiki_teachBegin', [
    '// Sets the model up once, at the start. TFLM needs exactly the operators the model uses.',
    'void kumiki_teachBegin() {',
    '  kumiki_teach.recognised = kumiki_teach.started = kumiki_teach.stopped = -1;',
    '  tflite::InitializeTarget();',
    `  static tflite::MicroMutableOpResolver<${Math.max(1, operators.length)}> ops;`,
    ...operators.map((op) => `  ops.${OPS[op]}();`),
    '  const tflite::Model *model = tflite::GetModel(kumiki_model);',
    '  static tflite::MicroInterpreter interpreter(model, ops, kumiki_teach_arena, KUMIKI_MODEL_ARENA_BYTES);',
    '  if (model->version() != TFLITE_SCHEMA_VERSION || interpreter.AllocateTensors() != kTfLiteOk) {',
    '    // Not enough memory for the model: say so on the screen and on Serial, and never classify.',
    `    Serial.println(${failed});`,
    '    tft.setTextSize(2);',
    '    tft.setTextColor(TFT_WHITE, TFT_RED);',
    '    tft.fillScreen(TFT_RED);',
    `    tft.drawString(${failedScreen}, 8, 8);`,
    '    return;',
    '  }',
    '  kumiki_teach.interpreter = &interpreter;',
    '  for (int i = 0; i < KUMIKI_MODEL_LABELS; i++) kumiki_teach.needed[i] = kumiki_model_needed[i];',
    '  kumiki_teach.ready = true;',
    '  kumiki_teachStart();',
    ...(mic ? ['  startMicrophone();'] : []),
    '}',
  ].join('\n'));
  if (!mic) {
    generator.addHelper('kumiki_teachRead', [
      '// One reading of the sensor the model was trained on.',
      'void kumiki_teachRead(float *slot) {',
      ...read,
      '}',
    ].join('\n'));
  }
  // How the newest window is taken out of the ring, oldest reading first, as training saw a recording.
  const windowLines = mic ? [
    '  static float features[KUMIKI_MODEL_FEATURES];',
    '  // The ring from its oldest reading on, as training saw a recording. A second of sound is 64 KB,',
    '  // too much to copy: the ring is turned in place (three reversals) so that it starts there.',
    '  kumiki_teachReverse(0, kumiki_teach.head);',
    '  kumiki_teachReverse(kumiki_teach.head, KUMIKI_MODEL_WINDOW);',
    '  kumiki_teachReverse(0, KUMIKI_MODEL_WINDOW);',
    '  kumiki_teach.head = 0;',
    '  const float *window = kumiki_teach.ring;',
  ] : [
    '  static float window[KUMIKI_MODEL_WINDOW * KUMIKI_MODEL_CHANNELS];',
    '  static float features[KUMIKI_MODEL_FEATURES];',
    '  // The ring from its oldest reading on, as training saw a recording.',
    '  uint32_t oldest = kumiki_teach.readings % KUMIKI_MODEL_WINDOW;',
    '  for (uint32_t t = 0; t < KUMIKI_MODEL_WINDOW; t++) {',
    '    for (int c = 0; c < KUMIKI_MODEL_CHANNELS; c++) {',
    '      window[t * KUMIKI_MODEL_CHANNELS + c] = kumiki_teach.ring[((oldest + t) % KUMIKI_MODEL_WINDOW) * KUMIKI_MODEL_CHANNELS + c];',
    '    }',
    '  }',
  ];
  if (mic) {
    generator.addHelper('kumiki_teachReverse', [
      '// Reverses ring[from..to), one of the three steps that turn the ring.',
      'void kumiki_teachReverse(uint32_t from, uint32_t to) {',
      '  while (from + 1 < to) {',
      '    to--;',
      '    float swap = kumiki_teach.ring[from];',
      '    kumiki_teach.ring[from] = kumiki_teach.ring[to];',
      '    kumiki_teach.ring[to] = swap;',
      '    from++;',
      '  }',
      '}',
    ].join('\n'));
  }
  generator.addHelper('kumiki_teachClassify', [
    '// Classifies the newest window and updates what is recognised, as Kumiki\'s Recognizer does.',
    'void kumiki_teachClassify() {',
    ...windowLines,
    '  kumiki_features(window, features);',
    '  // Normalised and rounded into int8 exactly as "kumiki features" does: half up, then clamped.',
    '  TfLiteTensor *input = kumiki_teach.interpreter->input(0);',
    '  for (int i = 0; i < KUMIKI_MODEL_FEATURES; i++) {',
    '    float scaled = ((features[i] - kumiki_model_mean[i]) * kumiki_model_scale[i]) / KUMIKI_MODEL_INPUT_SCALE;',
    '    if (!(scaled == scaled)) scaled = 0;  // not a number counts as 0',
    '    scaled = scaled < -1000 ? -1000 : scaled > 1000 ? 1000 : scaled;',
    '    float whole = floorf(scaled);',
    '    int q = (int)whole + (scaled - whole >= 0.5f ? 1 : 0) + KUMIKI_MODEL_INPUT_ZERO_POINT;',
    '    input->data.int8[i] = (int8_t)(q < -128 ? -128 : q > 127 ? 127 : q);',
    '  }',
    '  if (kumiki_teach.interpreter->Invoke() != kTfLiteOk) return;',
    '  TfLiteTensor *output = kumiki_teach.interpreter->output(0);',
    '  int best = 0;',
    '  for (int i = 0; i < KUMIKI_MODEL_LABELS; i++) {',
    '    kumiki_teach.certainty[i] = KUMIKI_MODEL_OUTPUT_SCALE * (float)(output->data.int8[i] - KUMIKI_MODEL_OUTPUT_ZERO_POINT);',
    '    if (kumiki_teach.certainty[i] > kumiki_teach.certainty[best]) best = i;',
    '  }',
    '  // Smoothing: the winner of this window joins the last ones, if it is sure enough.',
    '  for (int i = 0; i + 1 < KUMIKI_MODEL_OF; i++) kumiki_teach.last[i] = kumiki_teach.last[i + 1];',
    '  kumiki_teach.last[KUMIKI_MODEL_OF - 1] = (double)kumiki_teach.certainty[best] >= kumiki_teach.needed[best] ? best : -1;',
    '  int votes = 0, still = 0;',
    '  for (int i = 0; i < KUMIKI_MODEL_OF; i++) {',
    '    if (kumiki_teach.last[i] == best) votes++;',
    '    if (kumiki_teach.recognised >= 0 && kumiki_teach.last[i] == kumiki_teach.recognised) still++;',
    '  }',
    '  int now = votes >= KUMIKI_MODEL_AGREE && kumiki_teach.last[KUMIKI_MODEL_OF - 1] == best ? best : kumiki_teach.recognised;',
    '  // The recognised label holds while it still wins a window now and then.',
    '  if (kumiki_teach.recognised >= 0 && now == kumiki_teach.recognised && still == 0) now = -1;',
    '  if (now != kumiki_teach.recognised) {',
    '    if (kumiki_teach.recognised >= 0) kumiki_teach.stopped = kumiki_teach.recognised;',
    '    kumiki_teach.started = now;',
    '    kumiki_teach.recognised = now;',
    '  }',
    '}',
  ].join('\n'));
  if (mic) {
    generator.addHelper('kumiki_teachListen', [
      '// Takes the sound the timer has sampled since the last call, never waiting, and classifies every',
      '// stride. True when a window was classified; kumiki_teach.started and .stopped keep what changed',
      '// until the event poll has run the handlers (-1: nothing).',
      'bool kumiki_teachListen() {',
      '  if (!kumiki_teach.ready || !kumiki_teach.running) return false;',
      '  // After a long wait the sampler\'s ring has run over: the window starts again from now.',
      '  if (ringHead - ringTail > RING) kumiki_teachStart();',
      '  while (ringTail != ringHead) {',
      '    // In the unit a WAV file has: -1 to 1.',
      '    kumiki_teach.ring[kumiki_teach.head] = ring[ringTail % RING] / 32768.0f;',
      '    ringTail++;',
      '    kumiki_teach.head = (kumiki_teach.head + 1) % KUMIKI_MODEL_WINDOW;',
      '    kumiki_teach.readings++;',
      '    if (kumiki_teach.readings < KUMIKI_MODEL_WINDOW) continue;',
      '    if ((kumiki_teach.readings - KUMIKI_MODEL_WINDOW) % KUMIKI_MODEL_STRIDE != 0) continue;',
      '    kumiki_teachClassify();',
      '    return true;',
      '  }',
      '  return false;',
      '}',
    ].join('\n'));
  } else {
    generator.addHelper('kumiki_teachListen', [
      '// Takes a reading when one is due, never waiting, and classifies every stride. True when a',
      '// window was classified; kumiki_teach.started and .stopped keep what changed until the event',
      '// poll has run the handlers (-1: nothing).',
      'bool kumiki_teachListen() {',
      '  if (!kumiki_teach.ready || !kumiki_teach.running) return false;',
      '  unsigned long now = micros();',
      '  if ((long)(now - kumiki_teach.nextUs) < 0) return false;',
      '  kumiki_teach.nextUs += KUMIKI_MODEL_PERIOD_US;',
      '  // Far behind (a long wait in a handler): start the schedule again from now.',
      '  if ((long)(now - kumiki_teach.nextUs) > (long)KUMIKI_MODEL_PERIOD_US * 4) kumiki_teach.nextUs = now + KUMIKI_MODEL_PERIOD_US;',
      '  kumiki_teachRead(kumiki_teach.ring + (kumiki_teach.readings % KUMIKI_MODEL_WINDOW) * KUMIKI_MODEL_CHANNELS);',
      '  kumiki_teach.readings++;',
      '  if (kumiki_teach.readings < KUMIKI_MODEL_WINDOW) return false;',
      '  if ((kumiki_teach.readings - KUMIKI_MODEL_WINDOW) % KUMIKI_MODEL_STRIDE != 0) return false;',
      '  kumiki_teachClassify();',
      '  return true;',
      '}',
    ].join('\n'));
  }
  generator.addSetup('kumiki_teach', 'kumiki_teachBegin();\n', SetupStage.OTHER);
  generator.atFinish('teach', () => {
    generator.addEventSampling('teach', '// The sensor is read even while a handler waits.\nkumiki_teachListen();\n');
    const lines = ['if (kumiki_teach.started != -1 || kumiki_teach.stopped != -1) {',
      '  int started = kumiki_teach.started, stopped = kumiki_teach.stopped;',
      '  kumiki_teach.started = kumiki_teach.stopped = -1;'];
    for (const e of generator.teachEvents_.filter((x) => x.kind === 'stopped')) {
      lines.push(`  if (stopped == ${e.label}) ${e.handler}();`);
    }
    for (const e of generator.teachEvents_.filter((x) => x.kind === 'started')) {
      lines.push(`  if (started == ${e.label}) ${e.handler}();`);
    }
    lines.push('}');
    generator.addEventPoll('teach', lines.join('\n') + '\n');
  });
}

function hat(block, generator, kind, verb) {
  useTeach(generator);
  const label = String(block.getFieldValue('LABEL') || '');
  const safe = label.replace(/[^A-Za-z0-9]/g, '_').replace(/^_+|_+$/g, '') || 'label';
  const name = generator.nameDB_.getDistinctName(`when_${safe}_${verb}`, 'PROCEDURE');
  generator.handlers_.push(`void ${name}() {\n${generator.bodyOf(block)}}`);
  if (labelIndex(block) >= 0) generator.teachEvents_.push({kind, label: labelCode(block), handler: name});
  return '';
}

export function kumiki_teach_when_recognised(block, generator) {
  return hat(block, generator, 'started', 'recognised');
}

export function kumiki_teach_when_stops(block, generator) {
  return hat(block, generator, 'stopped', 'stops');
}

export function kumiki_teach_is_recognised(block, generator) {
  useTeach(generator);
  if (labelIndex(block) < 0) return ['false', Order.ATOMIC];
  return [`kumiki_teach.recognised == ${labelCode(block)}`, Order.EQUALITY];
}

export function kumiki_teach_label(block, generator) {
  useTeach(generator);
  generator.addHelper('kumiki_teachLabel', [
    '// The recognised label\'s name, or "" while nothing is recognised.',
    'String kumiki_teachLabel() {',
    '  return kumiki_teach.recognised >= 0 ? String(kumiki_model_labels[kumiki_teach.recognised]) : String("");',
    '}',
  ].join('\n'));
  return ['kumiki_teachLabel()', Order.POSTFIX];
}

export function kumiki_teach_certainty(block, generator) {
  useTeach(generator);
  if (labelIndex(block) < 0) return ['0', Order.ATOMIC];
  generator.addHelper('kumiki_teachCertainty', [
    '// How sure the newest window is of a label, 0 to 100.',
    'double kumiki_teachCertainty(int label) {',
    '  return (double)kumiki_teach.certainty[label] * 100;',
    '}',
  ].join('\n'));
  return [`kumiki_teachCertainty(${labelCode(block)})`, Order.POSTFIX];
}

export function kumiki_teach_set_certainty(block, generator) {
  useTeach(generator);
  const percent = generator.valueAs(block, 'PERCENT', 'Number');
  if (labelIndex(block) < 0) return ''; // a label the model lacks: findProblems says so on the block
  generator.addHelper('kumiki_teachSetNeeded', [
    '// The certainty a label needs before it is recognised, from a percentage (kept within 0..100).',
    'void kumiki_teachSetNeeded(int label, double percent) {',
    '  kumiki_teach.needed[label] = constrain(percent, 0, 100) / 100.0;',
    '}',
  ].join('\n'));
  return `kumiki_teachSetNeeded(${labelCode(block)}, ${percent});\n`;
}

export function kumiki_teach_start(block, generator) {
  useTeach(generator);
  return 'if (kumiki_teach.ready) kumiki_teachStart();\n';
}

export function kumiki_teach_stop(block, generator) {
  useTeach(generator);
  generator.addHelper('kumiki_teachStop', [
    '// Stops reading the sensor; what was recognised is forgotten, without a "stops" event.',
    'void kumiki_teachStop() {',
    '  kumiki_teach.running = false;',
    '  kumiki_teach.recognised = -1;',
    '}',
  ].join('\n'));
  return 'kumiki_teachStop();\n';
}
