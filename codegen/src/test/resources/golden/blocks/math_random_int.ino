// A whole number from low to high, both included, whichever way round they are given.
long kumiki_randomInt(double low, double high) {
  long a = lround(low), b = lround(high);
  if (a > b) { long t = a; a = b; b = t; }
  return random(a, b + 1);
}

// Whole numbers become "3", not "3.00"; others keep two decimals.
String kumiki_text(double value) {
  if (value == (long)value) return String((long)value);
  return String(value, 2);
}

void setup() {
  Serial.begin(115200);
  randomSeed(analogRead(WIO_MIC) ^ micros());
  Serial.println(kumiki_text(kumiki_randomInt(1, 100)));
}

void loop() {
}
