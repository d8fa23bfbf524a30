// Loudness is how far the microphone signal swings over about 5 ms.
int kumiki_loudness() {
  int low = 1023, high = 0;
  for (int i = 0; i < 100; i++) {
    int v = analogRead(WIO_MIC);
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return high - low;
}

// Whole numbers become "3", not "3.00"; others keep two decimals.
String kumiki_text(double value) {
  if (value == (long)value) return String((long)value);
  return String(value, 2);
}

void setup() {
  Serial.begin(115200);
  pinMode(WIO_MIC, INPUT);
  Serial.println(kumiki_text(kumiki_loudness()));
}

void loop() {
}
