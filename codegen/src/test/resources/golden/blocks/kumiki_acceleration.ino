#include "LIS3DHTR.h"
#include <Wire.h>

LIS3DHTR<TwoWire> lis;

// Whole numbers become "3", not "3.00"; others keep two decimals.
String kumiki_text(double value) {
  if (value == (long)value) return String((long)value);
  return String(value, 2);
}

void setup() {
  Serial.begin(115200);
  lis.begin(Wire1);
  lis.setOutputDataRate(LIS3DHTR_DATARATE_100HZ);
  lis.setFullScaleRange(LIS3DHTR_RANGE_2G);
  Serial.println(kumiki_text(lis.getAccelerationX()));
}

void loop() {
}
