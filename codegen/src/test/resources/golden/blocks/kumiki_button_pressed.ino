void setup() {
  Serial.begin(115200);
  pinMode(WIO_KEY_A, INPUT_PULLUP);
  Serial.println(String((digitalRead(WIO_KEY_A) == LOW) ? "true" : "false"));
}

void loop() {
}
