#include <TFT_eSPI.h>

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;

void setup() {
  tft.begin();
  tft.setRotation(3);
  tft.fillScreen(TFT_BLACK);
  tft.drawLine(0, 0, 319, 239, tft.color565(0, 255, 0));
}

void loop() {
}
