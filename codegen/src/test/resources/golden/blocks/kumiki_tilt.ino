#include "LIS3DHTR.h"
#include <Wire.h>

LIS3DHTR<TwoWire> lis;

void setup() {
  Serial.begin(115200);
  lis.begin(Wire1);
  lis.setOutputDataRate(LIS3DHTR_DATARATE_100HZ);
  lis.setFullScaleRange(LIS3DHTR_RANGE_2G);
  Serial.println(String((lis.getAccelerationY() > 0.5) ? "true" : "false"));
}

void loop() {
}
