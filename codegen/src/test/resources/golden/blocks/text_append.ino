String item = String("");

void setup() {
  item += "";
}

void loop() {
}
