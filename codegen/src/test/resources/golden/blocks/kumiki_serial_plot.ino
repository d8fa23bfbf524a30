void setup() {
  Serial.begin(115200);
  Serial.print("a:");
  Serial.print(0);
  Serial.println();
}

void loop() {
}
