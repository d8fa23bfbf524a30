void setup() {
  if (false) {
  }
}

void loop() {
}
