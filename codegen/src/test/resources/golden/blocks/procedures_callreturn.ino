String who = String("");

String greeting(String who);

void setup() {
  Serial.begin(115200);
  Serial.println(greeting("Ken"));
}

void loop() {
}

String greeting(String who) {
  return String("Hello, ") + who;
}
