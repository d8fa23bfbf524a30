// Kumiki data collector for the Seeed Wio Terminal: mic at 16000 readings per second.
// Made by `kumiki collector`. It speaks Kumiki's collector protocol, version 1 (docs/device-protocol.md).
#include <Arduino.h>
#include <stdio.h>

static const char HELLO_LINE[] = "#KUMIKI 1 board=wio_terminal sensor=mic rate=16000 columns=value format=pcm16 chunk=128";

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

static const int CHUNK = 128;
static const uint32_t RING = 4096;
static volatile int16_t ring[RING];
static volatile uint32_t ringHead;
static uint32_t ringTail;

void TC5_Handler() {
  TC5->COUNT16.INTFLAG.reg = TC_INTFLAG_MC0;
  if (streaming) {
    ring[ringHead % RING] = (int16_t)(((int)ADC1->RESULT.reg - 2048) * 16);
    ringHead = ringHead + 1;
  }
}

static void startMicrophone() {
  analogRead(WIO_MIC);  // lets the core route the pin and clock ADC1 first
  ADC1->CTRLA.bit.ENABLE = 0;
  while (ADC1->SYNCBUSY.bit.ENABLE);
  ADC1->INPUTCTRL.bit.MUXPOS = ADC_INPUTCTRL_MUXPOS_AIN12_Val;  // WIO_MIC is PC30, ADC1/AIN12
  while (ADC1->SYNCBUSY.bit.INPUTCTRL);
  ADC1->CTRLB.reg = ADC_CTRLB_RESSEL_12BIT | ADC_CTRLB_FREERUN;
  while (ADC1->SYNCBUSY.bit.CTRLB);
  ADC1->CTRLA.bit.ENABLE = 1;
  while (ADC1->SYNCBUSY.bit.ENABLE);
  ADC1->SWTRIG.bit.START = 1;
  while (ADC1->SYNCBUSY.bit.SWTRIG);

  // TC5 from the 48 MHz clock, counting to 3000: 16,000 interrupts a second.
  GCLK->PCHCTRL[TC5_GCLK_ID].reg = GCLK_PCHCTRL_CHEN | GCLK_PCHCTRL_GEN_GCLK1;
  TC5->COUNT16.CTRLA.bit.ENABLE = 0;
  while (TC5->COUNT16.SYNCBUSY.bit.ENABLE);
  TC5->COUNT16.WAVE.reg = TC_WAVE_WAVEGEN_MFRQ;
  TC5->COUNT16.CC[0].reg = 48000000UL / 16000UL - 1;
  while (TC5->COUNT16.SYNCBUSY.bit.CC0);
  TC5->COUNT16.INTENSET.reg = TC_INTENSET_MC0;
  NVIC_SetPriority(TC5_IRQn, 0);
  NVIC_EnableIRQ(TC5_IRQn);
  TC5->COUNT16.CTRLA.bit.ENABLE = 1;
  while (TC5->COUNT16.SYNCBUSY.bit.ENABLE);
}

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void sendChunk(uint32_t from) {
  uint8_t bytes[CHUNK * 2];
  for (int i = 0; i < CHUNK; i++) {
    int16_t v = ring[(from + i) % RING];
    bytes[2 * i] = (uint8_t)(v & 0xFF);
    bytes[2 * i + 1] = (uint8_t)((v >> 8) & 0xFF);
  }
  lineStart(seq++);
  line[lineLen++] = ',';
  for (int i = 0; i < CHUNK * 2; i += 3) {
    uint32_t n = (uint32_t)bytes[i] << 16;
    if (i + 1 < CHUNK * 2) n |= (uint32_t)bytes[i + 1] << 8;
    if (i + 2 < CHUNK * 2) n |= bytes[i + 2];
    line[lineLen++] = B64[(n >> 18) & 63];
    line[lineLen++] = B64[(n >> 12) & 63];
    line[lineLen++] = i + 1 < CHUNK * 2 ? B64[(n >> 6) & 63] : '=';
    line[lineLen++] = i + 2 < CHUNK * 2 ? B64[n & 63] : '=';
  }
  lineSend();
}

void setup() {
  Serial.begin(115200);
  startMicrophone();
  buttonSetup();
  announce();
}

void loop() {
  pollCommands();
  pollButtonC();
  if (!streaming) return;
  uint32_t head = ringHead;
  if (head - ringTail > RING - CHUNK) {
    // Fell behind: skip whole chunks, numbered, so the desktop sees exactly what was lost.
    uint32_t behind = (head - ringTail) / CHUNK;
    seq += behind - 1;
    ringTail += (behind - 1) * CHUNK;
  }
  if (head - ringTail >= (uint32_t)CHUNK) {
    sendChunk(ringTail);
    ringTail += CHUNK;
  }
}

static void onStart() {
  noInterrupts();
  ringHead = 0;
  interrupts();
  ringTail = 0;
}

static void onStop() {
}
