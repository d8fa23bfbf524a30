void setup() {
  pinMode(WIO_KEY_B, INPUT_PULLUP);
}

void loop() {
  while (true) {
    if (digitalRead(WIO_KEY_B) == LOW) {
      break;
    }
  }
}
