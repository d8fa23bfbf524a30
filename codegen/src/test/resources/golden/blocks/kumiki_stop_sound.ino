void setup() {
  pinMode(WIO_BUZZER, OUTPUT);
  noTone(WIO_BUZZER);
}

void loop() {
}
