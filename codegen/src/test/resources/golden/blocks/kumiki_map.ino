// Arduino's map() in floating point: 512 from 0-1023 to 0-1 gives 0.5, not 0.
double kumiki_map(double value, double fromLow, double fromHigh, double toLow, double toHigh) {
  if (fromHigh == fromLow) return toLow;
  return (value - fromLow) * (toHigh - toLow) / (fromHigh - fromLow) + toLow;
}

// Whole numbers become "3", not "3.00"; others keep two decimals.
String kumiki_text(double value) {
  if (value == (long)value) return String((long)value);
  return String(value, 2);
}

void setup() {
  Serial.begin(115200);
  Serial.println(kumiki_text(kumiki_map(512, 0, 1023, 0, 320)));
}

void loop() {
}
