void setup() {
  Serial.begin(115200);
  Serial.println("hi");
}

void loop() {
}
