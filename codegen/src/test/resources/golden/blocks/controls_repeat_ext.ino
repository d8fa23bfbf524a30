void setup() {
  for (int count = 0; count < 10; count++) {
  }
}

void loop() {
}
