double kumiki_constrain(double value, double low, double high) {
  if (value < low) return low;
  if (value > high) return high;
  return value;
}

// Whole numbers become "3", not "3.00"; others keep two decimals.
String kumiki_text(double value) {
  if (value == (long)value) return String((long)value);
  return String(value, 2);
}

void setup() {
  Serial.begin(115200);
  Serial.println(kumiki_text(kumiki_constrain(50, 0, 100)));
}

void loop() {
}
