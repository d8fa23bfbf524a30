void kumiki_pollEvents();
void every_1000_ms();

// Checks every button and timer block. A block that waits inside
// its own handler must not start itself again, hence "busy".
void kumiki_pollEvents() {
  static bool busy = false;
  static unsigned long every_1000_ms_last = 0;
  if (busy) return;
  busy = true;
  if (millis() - every_1000_ms_last >= 1000) {
    every_1000_ms_last = millis();
    every_1000_ms();
  }
  busy = false;
}

void setup() {
  Serial.begin(115200);
}

void loop() {
  kumiki_pollEvents();
}

void every_1000_ms() {
  Serial.println("hi");
}
