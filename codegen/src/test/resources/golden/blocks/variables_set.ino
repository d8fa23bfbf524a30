double count = 0;
String name = String("");
bool happy = false;

void setup() {
  count = 3;
  name = "hi";
  happy = true;
}

void loop() {
}
