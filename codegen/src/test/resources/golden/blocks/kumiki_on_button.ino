void kumiki_pollEvents();
void when_button_A_pressed();

// True once per press. Changes within 30 ms of the last one are contact bounce.
bool kumiki_newPress(uint32_t pin, bool &wasDown, unsigned long &lastChange) {
  bool down = digitalRead(pin) == LOW;
  if (down == wasDown || millis() - lastChange < 30) return false;
  wasDown = down;
  lastChange = millis();
  return down;
}

// Checks every button and timer block. A block that waits inside
// its own handler must not start itself again, hence "busy".
void kumiki_pollEvents() {
  static bool busy = false;
  static bool button_A_down = false;
  static unsigned long button_A_changed = 0;
  if (busy) return;
  busy = true;
  if (kumiki_newPress(WIO_KEY_A, button_A_down, button_A_changed)) {
    when_button_A_pressed();
  }
  busy = false;
}

void setup() {
  Serial.begin(115200);
  pinMode(WIO_KEY_A, INPUT_PULLUP);
}

void loop() {
  kumiki_pollEvents();
}

void when_button_A_pressed() {
  Serial.println("hi");
}
