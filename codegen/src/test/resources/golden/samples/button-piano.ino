#include <TFT_eSPI.h>

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;

void kumiki_pollEvents();
void when_button_A_pressed();
void when_button_B_pressed();
void when_button_C_pressed();

void kumiki_drawText(const String &text, double x, double y, double size, uint16_t colour) {
  tft.setTextSize(constrain((int)size, 1, 7));
  tft.setTextColor(colour, kumiki_background);
  tft.drawString(text, (int32_t)x, (int32_t)y);
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

// True once per press. Changes within 30 ms of the last one are contact bounce.
bool kumiki_newPress(uint32_t pin, bool &wasDown, unsigned long &lastChange) {
  bool down = digitalRead(pin) == LOW;
  if (down == wasDown || millis() - lastChange < 30) return false;
  wasDown = down;
  lastChange = millis();
  return down;
}

// Checks every button and timer block. A block that waits inside
// its own handler must not start itself again, hence "busy".
void kumiki_pollEvents() {
  static bool busy = false;
  static bool button_A_down = false;
  static unsigned long button_A_changed = 0;
  static bool button_B_down = false;
  static unsigned long button_B_changed = 0;
  static bool button_C_down = false;
  static unsigned long button_C_changed = 0;
  if (busy) return;
  busy = true;
  if (kumiki_newPress(WIO_KEY_A, button_A_down, button_A_changed)) {
    when_button_A_pressed();
  }
  if (kumiki_newPress(WIO_KEY_B, button_B_down, button_B_changed)) {
    when_button_B_pressed();
  }
  if (kumiki_newPress(WIO_KEY_C, button_C_down, button_C_changed)) {
    when_button_C_pressed();
  }
  busy = false;
}

void setup() {
  tft.begin();
  tft.setRotation(3);
  tft.fillScreen(TFT_BLACK);
  pinMode(WIO_BUZZER, OUTPUT);
  pinMode(WIO_KEY_A, INPUT_PULLUP);
  pinMode(WIO_KEY_B, INPUT_PULLUP);
  pinMode(WIO_KEY_C, INPUT_PULLUP);
  kumiki_drawText("Press A, B or C", 40, 100, 3, tft.color565(255, 255, 255));
}

void loop() {
  kumiki_pollEvents();
}

void when_button_A_pressed() {
  kumiki_background = tft.color565(239, 68, 68);
  tft.fillScreen(kumiki_background);
  kumiki_drawText("C", 140, 90, 7, tft.color565(255, 255, 255));
  kumiki_play(262, 250); // C4
}

void when_button_B_pressed() {
  kumiki_background = tft.color565(34, 197, 94);
  tft.fillScreen(kumiki_background);
  kumiki_drawText("E", 140, 90, 7, tft.color565(255, 255, 255));
  kumiki_play(330, 250); // E4
}

void when_button_C_pressed() {
  kumiki_background = tft.color565(59, 130, 246);
  tft.fillScreen(kumiki_background);
  kumiki_drawText("G", 140, 90, 7, tft.color565(255, 255, 255));
  kumiki_play(392, 250); // G4
}
