String answer = String("");

void setup() {
  Serial.begin(115200);
  answer = "yes";
  if (answer == String("yes")) {
    Serial.println("same");
  }
  if (String("a") != String("b")) {
    Serial.println("different");
  }
}

void loop() {
}
