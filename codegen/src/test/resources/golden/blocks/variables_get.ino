double score = 0;

// Whole numbers become "3", not "3.00"; others keep two decimals.
String kumiki_text(double value) {
  if (value == (long)value) return String((long)value);
  return String(value, 2);
}

void setup() {
  Serial.begin(115200);
  score = 7;
  Serial.println(kumiki_text(score));
}

void loop() {
}
