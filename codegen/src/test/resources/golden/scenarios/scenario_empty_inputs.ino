#include <TFT_eSPI.h>

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;

void kumiki_drawText(const String &text, double x, double y, double size, uint16_t colour) {
  tft.setTextSize(constrain((int)size, 1, 7));
  tft.setTextColor(colour, kumiki_background);
  tft.drawString(text, (int32_t)x, (int32_t)y);
}

void kumiki_play(double hz, double ms) {
  tone(WIO_BUZZER, (unsigned int)hz);
  delay(ms);
  noTone(WIO_BUZZER);
}

// Whole numbers become "3", not "3.00"; others keep two decimals.
String kumiki_text(double value) {
  if (value == (long)value) return String((long)value);
  return String(value, 2);
}

void setup() {
  Serial.begin(115200);
  tft.begin();
  tft.setRotation(3);
  tft.fillScreen(TFT_BLACK);
  pinMode(WIO_BUZZER, OUTPUT);
  kumiki_drawText(String(""), 0, 0, 0, 0);
  if (false) {
  }
  kumiki_play(0, 0);
  Serial.println(kumiki_text((double)0 / 0));
  Serial.println(String(""));
  for (int count = 0; count < 0; count++) {
  }
}

void loop() {
}
