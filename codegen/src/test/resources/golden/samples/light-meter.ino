#include <TFT_eSPI.h>

TFT_eSPI tft;
// The last fill colour, so new text can paint over old text.
uint16_t kumiki_background = TFT_BLACK;

double light = 0;
double bar = 0;

void kumiki_pollEvents();
void every_200_ms();

void kumiki_drawText(const String &text, double x, double y, double size, uint16_t colour) {
  tft.setTextSize(constrain((int)size, 1, 7));
  tft.setTextColor(colour, kumiki_background);
  tft.drawString(text, (int32_t)x, (int32_t)y);
}

// Arduino's map() in floating point: 512 from 0-1023 to 0-1 gives 0.5, not 0.
double kumiki_map(double value, double fromLow, double fromHigh, double toLow, double toHigh) {
  if (fromHigh == fromLow) return toLow;
  return (value - fromLow) * (toHigh - toLow) / (fromHigh - fromLow) + toLow;
}

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

// Checks every button and timer block. A block that waits inside
// its own handler must not start itself again, hence "busy".
void kumiki_pollEvents() {
  static bool busy = false;
  static unsigned long every_200_ms_last = 0;
  if (busy) return;
  busy = true;
  if (millis() - every_200_ms_last >= 200) {
    every_200_ms_last = millis();
    every_200_ms();
  }
  busy = false;
}

void setup() {
  Serial.begin(115200);
  tft.begin();
  tft.setRotation(3);
  tft.fillScreen(TFT_BLACK);
  pinMode(WIO_LIGHT, INPUT);
  kumiki_drawText("Light meter", 10, 10, 3, tft.color565(255, 255, 255));
}

void loop() {
  kumiki_pollEvents();
}

void every_200_ms() {
  light = analogRead(WIO_LIGHT);
  bar = kumiki_map(light, 0, 1023, 0, 300);
  tft.fillRect(10, 120, 300, 40, tft.color565(0, 0, 0));
  tft.fillRect(10, 120, bar, 40, tft.color565(250, 204, 21));
  kumiki_drawNumber(light, 10, 180, 4, tft.color565(255, 255, 255));
  Serial.print("light:");
  Serial.print(light);
  Serial.println();
}
