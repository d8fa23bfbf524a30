void setup() {
  Serial.begin(115200);
  Serial.println(String((true) ? "true" : "false"));
}

void loop() {
}
