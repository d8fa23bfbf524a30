void setup() {
  Serial.begin(115200);
  Serial.println(String((fmod(0, 2) == 0) ? "true" : "false"));
}

void loop() {
}
