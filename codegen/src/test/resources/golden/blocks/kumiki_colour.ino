#include <TFT_eSPI.h>

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;

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
  Serial.println(kumiki_text(tft.color565(255, 0, 0)));
}

void loop() {
}
