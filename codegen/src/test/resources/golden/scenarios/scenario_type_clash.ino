double thing = 0;

void setup() {
  thing = 1;
  thing = String("one").toDouble();
}

void loop() {
}
