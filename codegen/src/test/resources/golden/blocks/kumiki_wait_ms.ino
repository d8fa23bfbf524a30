void setup() {
  delay(500);
}

void loop() {
}
