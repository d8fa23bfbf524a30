void setup() {
  Serial.begin(115200);
  Serial.println(String((false && false) ? "true" : "false"));
}

void loop() {
}
