#include <TFT_eSPI.h>

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;

// Whole numbers become "3", not "3.00"; others keep two decimals.
String kumiki_text(double value) {
  if (value == (long)value) return String((long)value);
  return String(value, 2);
}

// Pads to six characters so a shorter number fully covers a longer one.
void kumiki_drawNumber(double number, double x, double y, double size, uint16_t colour) {
  tft.setTextSize(constrain((int)size, 1, 7));
  tft.setTextColor(colour, kumiki_background);
  tft.setTextPadding(tft.textWidth("000000"));
  tft.drawString(kumiki_text(number), (int32_t)x, (int32_t)y);
  tft.setTextPadding(0);
}

void setup() {
  tft.begin();
  tft.setRotation(3);
  tft.fillScreen(TFT_BLACK);
  kumiki_drawNumber(0, 10, 60, 3, tft.color565(255, 255, 0));
}

void loop() {
}
