void setup() {
  pinMode(D0, OUTPUT);
  digitalWrite(D0, HIGH);
}

void loop() {
}
