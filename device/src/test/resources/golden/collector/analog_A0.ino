// Kumiki data collector for the Seeed Wio Terminal: analog:A0 at 50 readings per second.
// Made by `kumiki collector`. It speaks Kumiki's collector protocol, version 1 (docs/device-protocol.md).
#include <Arduino.h>
#include <stdio.h>

static const char HELLO_LINE[] = "#KUMIKI 1 board=wio_terminal sensor=analog:A0 rate=50 columns=value format=csv chunk=1";

static char line[400];
static int lineLen;
static uint32_t seq;
static bool streaming;
static char command[16];
static int commandLen;

static void onStart();
static void onStop();

static void lineStart(uint32_t n) {
  lineLen = snprintf(line, sizeof line, "D,%lu", (unsigned long)n);
}

static void lineAddInt(long v) {
  lineLen += snprintf(line + lineLen, sizeof line - lineLen, ",%ld", v);
}

// newlib-nano's printf has no %f: print g with four decimals from an integer.
static void lineAddFixed(float v) {
  long scaled = lroundf(v * 10000.0f);
  const char *sign = scaled < 0 ? "-" : "";
  unsigned long a = (unsigned long)labs(scaled);
  lineLen += snprintf(line + lineLen, sizeof line - lineLen, ",%s%lu.%04lu", sign, a / 10000UL, a % 10000UL);
}

// NMEA-style checksum: XOR of every byte before '*'.
static void lineSend() {
  uint8_t sum = 0;
  for (int i = 0; i < lineLen; i++) sum ^= (uint8_t)line[i];
  lineLen += snprintf(line + lineLen, sizeof line - lineLen, "*%02X\n", sum);
  Serial.write((const uint8_t *)line, lineLen);
}

static void announce() {
  Serial.println(HELLO_LINE);
}

static void runCommand() {
  command[commandLen] = '\0';
  if (strcmp(command, "HELLO") == 0) {
    announce();
  } else if (strcmp(command, "START") == 0) {
    seq = 0;
    onStart();
    streaming = true;
    Serial.println("#STARTED");
  } else if (strcmp(command, "STOP") == 0) {
    streaming = false;
    onStop();
    Serial.println("#STOPPED");
  } else if (commandLen > 0) {
    Serial.println("#ERR unknown command");
  }
  commandLen = 0;
}

// Button C starts a recording from the board itself: the desktop hears "#BUTTON C" once per
// press (after 30 ms without bouncing), and only while nothing is being recorded.
static bool buttonCDown;
static unsigned long buttonCChangedMs;

static void buttonSetup() {
  pinMode(WIO_KEY_C, INPUT_PULLUP);
}

static void pollButtonC() {
  bool down = digitalRead(WIO_KEY_C) == LOW;
  unsigned long now = millis();
  if (down == buttonCDown || now - buttonCChangedMs < 30) return;
  buttonCDown = down;
  buttonCChangedMs = now;
  if (down && !streaming) Serial.println("#BUTTON C");
}

static void pollCommands() {
  while (Serial.available() > 0) {
    int c = Serial.read();
    if (c == '\n' || c == '\r') {
      runCommand();
    } else if (commandLen < (int)sizeof command - 1) {
      command[commandLen++] = (char)c;
    }
  }
}

// One reading every 20000 microseconds, scheduled on micros() so the rate holds on average.
// A reading that cannot be taken in time is skipped but still numbered: the desktop sees the gap.
static const uint32_t PERIOD_US = 20000UL;
static uint32_t nextDueUs;

void setup() {
  Serial.begin(115200);
  pinMode(A0, INPUT);
  buttonSetup();
  announce();
}

static void takeReading() {
  lineStart(seq++);
  lineAddInt(analogRead(A0));
  lineSend();
}

void loop() {
  pollCommands();
  pollButtonC();
  if (!streaming) return;
  uint32_t now = micros();
  if ((int32_t)(now - nextDueUs) < 0) return;
  // Slots that passed while loop() was busy are skipped but keep their numbers.
  while ((int32_t)(now - nextDueUs) >= (int32_t)PERIOD_US) {
    nextDueUs += PERIOD_US;
    seq++;
  }
  takeReading();
  nextDueUs += PERIOD_US;
}

static void onStart() {
  nextDueUs = micros();
}

static void onStop() {
}
