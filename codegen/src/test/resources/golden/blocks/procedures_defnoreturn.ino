double times = 0;

void beep(double times);

void kumiki_play(double hz, double ms) {
  tone(WIO_BUZZER, (unsigned int)hz);
  delay(ms);
  noTone(WIO_BUZZER);
}

void setup() {
  pinMode(WIO_BUZZER, OUTPUT);
  beep(3);
}

void loop() {
}

void beep(double times) {
  for (int count = 0; count < times; count++) {
    kumiki_play(440, 125); // A4
  }
}
