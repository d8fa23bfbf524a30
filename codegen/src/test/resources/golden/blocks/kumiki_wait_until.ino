void setup() {
  while (!(false)) {
    yield();
  }
}

void loop() {
}
