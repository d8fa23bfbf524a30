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

void setup() {
  Serial.begin(115200);
  Serial.println(kumiki_text(false ? 0 : 0));
}

void loop() {
}
