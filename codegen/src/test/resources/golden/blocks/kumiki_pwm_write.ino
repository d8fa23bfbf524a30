void setup() {
  pinMode(D0, OUTPUT);
  analogWrite(D0, constrain((int)(128), 0, 255));
}

void loop() {
}
