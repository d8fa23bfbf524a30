void setup() {
  Serial.begin(115200);
  Serial.println("Hello");
}

void loop() {
}
