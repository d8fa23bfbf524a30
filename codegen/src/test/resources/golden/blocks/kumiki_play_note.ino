void kumiki_play(double hz, double ms) {
  tone(WIO_BUZZER, (unsigned int)hz);
  delay(ms);
  noTone(WIO_BUZZER);
}

void setup() {
  pinMode(WIO_BUZZER, OUTPUT);
  kumiki_play(262, 500); // C4
}

void loop() {
}
