double i = 0;

void setup() {
  for (i = 1; i <= 10; i++) {
  }
}

void loop() {
}
