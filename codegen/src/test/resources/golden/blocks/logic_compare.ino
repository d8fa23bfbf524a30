void setup() {
  Serial.begin(115200);
  Serial.println(String((0 == 0) ? "true" : "false"));
}

void loop() {
}
