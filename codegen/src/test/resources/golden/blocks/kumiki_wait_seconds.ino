void setup() {
  delay(1 * 1000);
}

void loop() {
}
