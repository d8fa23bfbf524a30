#include <TFT_eSPI.h>

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;

void kumiki_drawText(const String &text, double x, double y, double size, uint16_t colour) {
  tft.setTextSize(constrain((int)size, 1, 7));
  tft.setTextColor(colour, kumiki_background);
  tft.drawString(text, (int32_t)x, (int32_t)y);
}

void setup() {
  tft.begin();
  tft.setRotation(3);
  tft.fillScreen(TFT_BLACK);
  kumiki_drawText("Hello", 10, 10, 3, tft.color565(255, 255, 255));
}

void loop() {
}
