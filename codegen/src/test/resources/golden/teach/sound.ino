#include <tflm_cortexm.h>
#include <TFT_eSPI.h>
#include "kumiki_model.h"
#include "kumiki_features.h"

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;
// --- Teach: what the board has learnt ---------------------------------------------------
// The model (kumiki_model.h) looks at a window of KUMIKI_MODEL_WINDOW readings and says how
// sure it is of each label. Readings go into a ring; every KUMIKI_MODEL_STRIDE readings the
// newest window is turned into features (kumiki_features.h) and classified. A label is
// recognised when it wins, above its certainty needed, in KUMIKI_MODEL_AGREE of the last
// KUMIKI_MODEL_OF windows: one jittery window never fires an event.
struct KumikiTeach {
  float ring[KUMIKI_MODEL_WINDOW * KUMIKI_MODEL_CHANNELS];  // the newest readings
  uint32_t head;                       // where the next reading goes in the ring
  uint32_t readings;                   // readings since recognising started
  bool running;                        // "stop recognising" pauses the sensor
  bool ready;                          // the model is set up
  float certainty[KUMIKI_MODEL_LABELS];  // of the newest window, 0 to 1
  double needed[KUMIKI_MODEL_LABELS];    // the certainty each label needs
  int last[KUMIKI_MODEL_OF];           // the winner of each of the last windows, -1 if none was sure
  int recognised;                      // the recognised label, -1 for none
  int started, stopped;                // what changed, until the event poll runs the handlers; -1: nothing
  tflite::MicroInterpreter *interpreter;
};
KumikiTeach kumiki_teach;
// TFLM keeps the model's working memory here; its size is explained in kumiki_model.h.
alignas(16) static uint8_t kumiki_teach_arena[KUMIKI_MODEL_ARENA_BYTES];
// The microphone, 16000 readings a second: timer TC5 takes the newest result of ADC1,
// which converts the microphone pin all the time, into a ring that the sketch empties. Kumiki's
// data collector samples the microphone with this same code.
static const uint32_t RING = 4096;
static volatile int16_t ring[RING];
static volatile uint32_t ringHead;
static uint32_t ringTail;

void TC5_Handler() {
  TC5->COUNT16.INTFLAG.reg = TC_INTFLAG_MC0;
  if (kumiki_teach.running) {
    ring[ringHead % RING] = (int16_t)(((int)ADC1->RESULT.reg - 2048) * 16);
    ringHead = ringHead + 1;
  }
}

static void startMicrophone() {
  analogRead(WIO_MIC);  // lets the core route the pin and clock ADC1 first
  ADC1->CTRLA.bit.ENABLE = 0;
  while (ADC1->SYNCBUSY.bit.ENABLE);
  ADC1->INPUTCTRL.bit.MUXPOS = ADC_INPUTCTRL_MUXPOS_AIN12_Val;  // WIO_MIC is PC30, ADC1/AIN12
  while (ADC1->SYNCBUSY.bit.INPUTCTRL);
  ADC1->CTRLB.reg = ADC_CTRLB_RESSEL_12BIT | ADC_CTRLB_FREERUN;
  while (ADC1->SYNCBUSY.bit.CTRLB);
  ADC1->CTRLA.bit.ENABLE = 1;
  while (ADC1->SYNCBUSY.bit.ENABLE);
  ADC1->SWTRIG.bit.START = 1;
  while (ADC1->SYNCBUSY.bit.SWTRIG);

  // TC5 from the 48 MHz clock, counting to 3000: 16,000 interrupts a second.
  GCLK->PCHCTRL[TC5_GCLK_ID].reg = GCLK_PCHCTRL_CHEN | GCLK_PCHCTRL_GEN_GCLK1;
  TC5->COUNT16.CTRLA.bit.ENABLE = 0;
  while (TC5->COUNT16.SYNCBUSY.bit.ENABLE);
  TC5->COUNT16.WAVE.reg = TC_WAVE_WAVEGEN_MFRQ;
  TC5->COUNT16.CC[0].reg = 48000000UL / 16000UL - 1;
  while (TC5->COUNT16.SYNCBUSY.bit.CC0);
  TC5->COUNT16.INTENSET.reg = TC_INTENSET_MC0;
  NVIC_SetPriority(TC5_IRQn, 0);
  NVIC_EnableIRQ(TC5_IRQn);
  TC5->COUNT16.CTRLA.bit.ENABLE = 1;
  while (TC5->COUNT16.SYNCBUSY.bit.ENABLE);
}

void kumiki_pollEvents();
void when_high_recognised();
void when_high_stops();

// Starts (again) with an empty window: nothing is recognised until a whole window is new.
void kumiki_teachStart() {
  kumiki_teach.readings = 0;
  kumiki_teach.head = 0;
  ringTail = ringHead;  // sound from before is not part of the new window
  for (int i = 0; i < KUMIKI_MODEL_OF; i++) kumiki_teach.last[i] = -1;
  for (int i = 0; i < KUMIKI_MODEL_LABELS; i++) kumiki_teach.certainty[i] = 0;
  kumiki_teach.recognised = -1;
  kumiki_teach.started = kumiki_teach.stopped = -1;
  kumiki_teach.running = true;
}

// Sets the model up once, at the start. TFLM needs exactly the operators the model uses.
void kumiki_teachBegin() {
  kumiki_teach.recognised = kumiki_teach.started = kumiki_teach.stopped = -1;
  tflite::InitializeTarget();
  static tflite::MicroMutableOpResolver<5> ops;
  ops.AddConv2D();
  ops.AddMaxPool2D();
  ops.AddReshape();
  ops.AddFullyConnected();
  ops.AddSoftmax();
  const tflite::Model *model = tflite::GetModel(kumiki_model);
  static tflite::MicroInterpreter interpreter(model, ops, kumiki_teach_arena, KUMIKI_MODEL_ARENA_BYTES);
  if (model->version() != TFLITE_SCHEMA_VERSION || interpreter.AllocateTensors() != kTfLiteOk) {
    // Not enough memory for the model: say so on the screen and on Serial, and never classify.
    Serial.println("The trained model does not fit in the Wio Terminal's memory. Train a smaller model in Kumiki.");
    tft.setTextSize(2);
    tft.setTextColor(TFT_WHITE, TFT_RED);
    tft.fillScreen(TFT_RED);
    tft.drawString("Teach: the model does not fit", 8, 8);
    return;
  }
  kumiki_teach.interpreter = &interpreter;
  for (int i = 0; i < KUMIKI_MODEL_LABELS; i++) kumiki_teach.needed[i] = kumiki_model_needed[i];
  kumiki_teach.ready = true;
  kumiki_teachStart();
  startMicrophone();
}

// Reverses ring[from..to), one of the three steps that turn the ring.
void kumiki_teachReverse(uint32_t from, uint32_t to) {
  while (from + 1 < to) {
    to--;
    float swap = kumiki_teach.ring[from];
    kumiki_teach.ring[from] = kumiki_teach.ring[to];
    kumiki_teach.ring[to] = swap;
    from++;
  }
}

// Classifies the newest window and updates what is recognised, as Kumiki's Recognizer does.
void kumiki_teachClassify() {
  static float features[KUMIKI_MODEL_FEATURES];
  // The ring from its oldest reading on, as training saw a recording. A second of sound is 64 KB,
  // too much to copy: the ring is turned in place (three reversals) so that it starts there.
  kumiki_teachReverse(0, kumiki_teach.head);
  kumiki_teachReverse(kumiki_teach.head, KUMIKI_MODEL_WINDOW);
  kumiki_teachReverse(0, KUMIKI_MODEL_WINDOW);
  kumiki_teach.head = 0;
  const float *window = kumiki_teach.ring;
  kumiki_features(window, features);
  // Normalised and rounded into int8 exactly as "kumiki features" does: half up, then clamped.
  TfLiteTensor *input = kumiki_teach.interpreter->input(0);
  for (int i = 0; i < KUMIKI_MODEL_FEATURES; i++) {
    float scaled = ((features[i] - kumiki_model_mean[i]) * kumiki_model_scale[i]) / KUMIKI_MODEL_INPUT_SCALE;
    if (!(scaled == scaled)) scaled = 0;  // not a number counts as 0
    scaled = scaled < -1000 ? -1000 : scaled > 1000 ? 1000 : scaled;
    float whole = floorf(scaled);
    int q = (int)whole + (scaled - whole >= 0.5f ? 1 : 0) + KUMIKI_MODEL_INPUT_ZERO_POINT;
    input->data.int8[i] = (int8_t)(q < -128 ? -128 : q > 127 ? 127 : q);
  }
  if (kumiki_teach.interpreter->Invoke() != kTfLiteOk) return;
  TfLiteTensor *output = kumiki_teach.interpreter->output(0);
  int best = 0;
  for (int i = 0; i < KUMIKI_MODEL_LABELS; i++) {
    kumiki_teach.certainty[i] = KUMIKI_MODEL_OUTPUT_SCALE * (float)(output->data.int8[i] - KUMIKI_MODEL_OUTPUT_ZERO_POINT);
    if (kumiki_teach.certainty[i] > kumiki_teach.certainty[best]) best = i;
  }
  // Smoothing: the winner of this window joins the last ones, if it is sure enough.
  for (int i = 0; i + 1 < KUMIKI_MODEL_OF; i++) kumiki_teach.last[i] = kumiki_teach.last[i + 1];
  kumiki_teach.last[KUMIKI_MODEL_OF - 1] = (double)kumiki_teach.certainty[best] >= kumiki_teach.needed[best] ? best : -1;
  int votes = 0, still = 0;
  for (int i = 0; i < KUMIKI_MODEL_OF; i++) {
    if (kumiki_teach.last[i] == best) votes++;
    if (kumiki_teach.recognised >= 0 && kumiki_teach.last[i] == kumiki_teach.recognised) still++;
  }
  int now = votes >= KUMIKI_MODEL_AGREE && kumiki_teach.last[KUMIKI_MODEL_OF - 1] == best ? best : kumiki_teach.recognised;
  // The recognised label holds while it still wins a window now and then.
  if (kumiki_teach.recognised >= 0 && now == kumiki_teach.recognised && still == 0) now = -1;
  if (now != kumiki_teach.recognised) {
    if (kumiki_teach.recognised >= 0) kumiki_teach.stopped = kumiki_teach.recognised;
    kumiki_teach.started = now;
    kumiki_teach.recognised = now;
  }
}

// Takes the sound the timer has sampled since the last call, never waiting, and classifies every
// stride. True when a window was classified; kumiki_teach.started and .stopped keep what changed
// until the event poll has run the handlers (-1: nothing).
bool kumiki_teachListen() {
  if (!kumiki_teach.ready || !kumiki_teach.running) return false;
  // After a long wait the sampler's ring has run over: the window starts again from now.
  if (ringHead - ringTail > RING) kumiki_teachStart();
  while (ringTail != ringHead) {
    // In the unit a WAV file has: -1 to 1.
    kumiki_teach.ring[kumiki_teach.head] = ring[ringTail % RING] / 32768.0f;
    ringTail++;
    kumiki_teach.head = (kumiki_teach.head + 1) % KUMIKI_MODEL_WINDOW;
    kumiki_teach.readings++;
    if (kumiki_teach.readings < KUMIKI_MODEL_WINDOW) continue;
    if ((kumiki_teach.readings - KUMIKI_MODEL_WINDOW) % KUMIKI_MODEL_STRIDE != 0) continue;
    kumiki_teachClassify();
    return true;
  }
  return false;
}

void kumiki_drawText(const String &text, double x, double y, double size, uint16_t colour) {
  tft.setTextSize(constrain((int)size, 1, 7));
  tft.setTextColor(colour, kumiki_background);
  tft.drawString(text, (int32_t)x, (int32_t)y);
}

// The recognised label's name, or "" while nothing is recognised.
String kumiki_teachLabel() {
  return kumiki_teach.recognised >= 0 ? String(kumiki_model_labels[kumiki_teach.recognised]) : String("");
}

// Waits, but keeps checking buttons and timers while it waits.
void kumiki_wait(double ms) {
  unsigned long start = millis();
  while (millis() - start < (unsigned long)ms) {
    kumiki_pollEvents();
  }
}

void kumiki_play(double hz, double ms) {
  tone(WIO_BUZZER, (unsigned int)hz);
  kumiki_wait(ms);
  noTone(WIO_BUZZER);
}

// Checks every button and timer block. A block that waits inside
// its own handler must not start itself again, hence "busy".
void kumiki_pollEvents() {
  static bool busy = false;
  // The sensor is read even while a handler waits.
  kumiki_teachListen();
  if (busy) return;
  busy = true;
  if (kumiki_teach.started != -1 || kumiki_teach.stopped != -1) {
    int started = kumiki_teach.started, stopped = kumiki_teach.stopped;
    kumiki_teach.started = kumiki_teach.stopped = -1;
    if (stopped == 0 /* high */) when_high_stops();
    if (started == 0 /* high */) when_high_recognised();
  }
  busy = false;
}

void setup() {
  Serial.begin(115200);
  tft.begin();
  tft.setRotation(3);
  tft.fillScreen(TFT_BLACK);
  pinMode(WIO_BUZZER, OUTPUT);
  kumiki_teachBegin();
}

void loop() {
  kumiki_pollEvents();
}

void when_high_recognised() {
  kumiki_drawText(kumiki_teachLabel(), 10, 100, 4, 0);
  kumiki_play(523, 250); // C5
}

void when_high_stops() {
  kumiki_background = 0;
  tft.fillScreen(kumiki_background);
}
