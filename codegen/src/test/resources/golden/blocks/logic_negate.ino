void setup() {
  Serial.begin(115200);
  Serial.println(String((!false) ? "true" : "false"));
}

void loop() {
}
