void setup() {
  Serial.begin(115200);
  Serial.println(String((String("").length() == 0) ? "true" : "false"));
}

void loop() {
}
