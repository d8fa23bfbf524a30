void kumiki_play(double hz, double ms) {
  tone(WIO_BUZZER, (unsigned int)hz);
  delay(ms);
  noTone(WIO_BUZZER);
}

void setup() {
  pinMode(WIO_BUZZER, OUTPUT);
  kumiki_play(440, 500);
}

void loop() {
}
