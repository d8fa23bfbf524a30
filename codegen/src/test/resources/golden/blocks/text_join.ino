void setup() {
  Serial.begin(115200);
  Serial.println(String(""));
}

void loop() {
}
