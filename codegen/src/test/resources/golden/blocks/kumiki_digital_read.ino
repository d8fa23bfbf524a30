void setup() {
  Serial.begin(115200);
  pinMode(D0, INPUT);
  Serial.println(String((digitalRead(D0) == HIGH) ? "true" : "false"));
}

void loop() {
}
