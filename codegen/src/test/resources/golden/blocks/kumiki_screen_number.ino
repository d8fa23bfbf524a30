#include <TFT_eSPI.h>

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;

// A number as a child reads it: whole numbers as "3", not "3.00"; others with two decimals;
// very large ones as 1.50e+20 (the core would overflow its 33-character buffer); and the
// words for results that are not numbers, as Blockly says them.
String kumiki_text(double value) {
  if (isnan(value)) return String("NaN");
  if (isinf(value)) return String(value > 0 ? "Infinity" : "-Infinity");
  if (fabs(value) < 2147483648.0 && value == floor(value)) return String((long)value);
  if (fabs(value) < 1e15) return String(value, value == floor(value) ? 0 : 2);
  int exponent = (int)floor(log10(fabs(value)));
  double mantissa = value / pow(10, exponent);
  if (fabs(mantissa) >= 9.995) {
    mantissa /= 10;
    exponent++;
  }
  return String(mantissa, 2) + "e+" + String(exponent);
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
