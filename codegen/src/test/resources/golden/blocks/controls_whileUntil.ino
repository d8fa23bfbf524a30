void setup() {
  while (false) {
  }
}

void loop() {
}
