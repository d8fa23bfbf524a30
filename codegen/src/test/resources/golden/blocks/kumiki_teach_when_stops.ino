#include <tflm_cortexm.h>
#include <TFT_eSPI.h>
#include "kumiki_model.h"
#include "kumiki_features.h"
#include "LIS3DHTR.h"
#include <Wire.h>

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;
LIS3DHTR<TwoWire> lis;
// --- Teach: what the board has learnt ---------------------------------------------------
// The model (kumiki_model.h) looks at a window of KUMIKI_MODEL_WINDOW readings and says how
// sure it is of each label. Readings go into a ring; every KUMIKI_MODEL_STRIDE readings the
// newest window is turned into features (kumiki_features.h) and classified. A label is
// recognised when it wins, above its certainty needed, in KUMIKI_MODEL_AGREE of the last
// KUMIKI_MODEL_OF windows: one jittery window never fires an event.
struct KumikiTeach {
  float ring[KUMIKI_MODEL_WINDOW * KUMIKI_MODEL_CHANNELS];  // the newest readings
  uint32_t readings;                   // readings since recognising started
  unsigned long nextUs;                // when the next reading is due
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

void kumiki_pollEvents();
void when_circle_stops();

// Starts (again) with an empty window: nothing is recognised until a whole window is new.
void kumiki_teachStart() {
  kumiki_teach.readings = 0;
  kumiki_teach.nextUs = micros();
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
  static tflite::MicroMutableOpResolver<2> ops;
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
}

// One reading of the sensor the model was trained on.
void kumiki_teachRead(float *slot) {
  // The accelerometer in g, in the order the model was trained on: x, y, z.
  slot[0] = lis.getAccelerationX();
  slot[1] = lis.getAccelerationY();
  slot[2] = lis.getAccelerationZ();
}

// Classifies the newest window and updates what is recognised, as Kumiki's Recognizer does.
void kumiki_teachClassify() {
  static float window[KUMIKI_MODEL_WINDOW * KUMIKI_MODEL_CHANNELS];
  static float features[KUMIKI_MODEL_FEATURES];
  // The ring from its oldest reading on, as training saw a recording.
  uint32_t oldest = kumiki_teach.readings % KUMIKI_MODEL_WINDOW;
  for (uint32_t t = 0; t < KUMIKI_MODEL_WINDOW; t++) {
    for (int c = 0; c < KUMIKI_MODEL_CHANNELS; c++) {
      window[t * KUMIKI_MODEL_CHANNELS + c] = kumiki_teach.ring[((oldest + t) % KUMIKI_MODEL_WINDOW) * KUMIKI_MODEL_CHANNELS + c];
    }
  }
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

// Takes a reading when one is due, never waiting, and classifies every stride. True when a
// window was classified; kumiki_teach.started and .stopped keep what changed until the event
// poll has run the handlers (-1: nothing).
bool kumiki_teachListen() {
  if (!kumiki_teach.ready || !kumiki_teach.running) return false;
  unsigned long now = micros();
  if ((long)(now - kumiki_teach.nextUs) < 0) return false;
  kumiki_teach.nextUs += KUMIKI_MODEL_PERIOD_US;
  // Far behind (a long wait in a handler): start the schedule again from now.
  if ((long)(now - kumiki_teach.nextUs) > (long)KUMIKI_MODEL_PERIOD_US * 4) kumiki_teach.nextUs = now + KUMIKI_MODEL_PERIOD_US;
  kumiki_teachRead(kumiki_teach.ring + (kumiki_teach.readings % KUMIKI_MODEL_WINDOW) * KUMIKI_MODEL_CHANNELS);
  kumiki_teach.readings++;
  if (kumiki_teach.readings < KUMIKI_MODEL_WINDOW) return false;
  if ((kumiki_teach.readings - KUMIKI_MODEL_WINDOW) % KUMIKI_MODEL_STRIDE != 0) return false;
  kumiki_teachClassify();
  return true;
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
    if (stopped == 0 /* circle */) when_circle_stops();
  }
  busy = false;
}

void setup() {
  Serial.begin(115200);
  tft.begin();
  tft.setRotation(3);
  tft.fillScreen(TFT_BLACK);
  lis.begin(Wire1);
  lis.setOutputDataRate(LIS3DHTR_DATARATE_100HZ);
  lis.setFullScaleRange(LIS3DHTR_RANGE_2G);
  kumiki_teachBegin();
}

void loop() {
  kumiki_pollEvents();
}

void when_circle_stops() {
  Serial.println("hi");
}
