// Runs a generated collector sketch on the build machine: the Arduino calls it makes are answered
// here, commands come from a script, and what it "sends over USB" goes to stdout. The sketch is
// included below this file's definitions (see CollectorSketchTest).
#include <Arduino.h>
#include <LIS3DHTR.h>
#include <Wire.h>
#include <stdio.h>

static const char *script = "";
static unsigned long fakeMicros = 0;
static long readings = 0;

Serial_ Serial;
TwoWire Wire;
TwoWire Wire1;
void Serial_::begin(uint32_t) {}
int Serial_::available(void) { return *script ? 1 : 0; }
int Serial_::read(void) { return *script ? *script++ : -1; }
size_t Serial_::write(const uint8_t *b, size_t n) { return fwrite(b, 1, n, stdout); }
size_t Serial_::write(uint8_t c) { return fputc(c, stdout) == EOF ? 0 : 1; }
size_t Print::write(uint8_t) { return 0; }
size_t Print::write(const uint8_t *b, size_t n) { return fwrite(b, 1, n, stdout); }
size_t Print::println(const char s[]) { return (size_t)printf("%s\r\n", s); }
unsigned long micros(void) { return fakeMicros; }
void pinMode(uint32_t, uint32_t) {}
// Button C, held while the test says so; every other pin reads HIGH (not pressed).
static bool buttonC = false;
int digitalRead(uint32_t pin) { return pin == WIO_KEY_C && buttonC ? LOW : HIGH; }
unsigned long millis(void) { return fakeMicros / 1000; }
// A ramp the test can predict: reading k is k mod 4096.
int analogRead(uint32_t) { return (int)(readings++ % 4096); }
template <> LIS3DHTR<TwoWire>::LIS3DHTR() {}
template <> void LIS3DHTR<TwoWire>::begin(TwoWire &, uint8_t) {}
template <> void LIS3DHTR<TwoWire>::setOutputDataRate(odr_type_t) {}
template <> void LIS3DHTR<TwoWire>::setFullScaleRange(scale_type_t) {}
// Multiples of 1/16 g: exact in binary and in four decimals, so the test knows every character.
template <> void LIS3DHTR<TwoWire>::getAcceleration(float *x, float *y, float *z) {
  long k = readings++;
  *x = ((k % 33) - 16) * 0.0625f;
  *y = ((k % 7) - 3) * 0.0625f;
  *z = 1.0f - (k % 5) * 0.0625f;
}

void setup();
void loop();

// Usage: harness SECONDS_RECORDING LOOP_STEP_US
int main(int argc, char **argv) {
  double seconds = atof(argv[1]);
  unsigned long step = strtoul(argv[2], 0, 10);
  setup();
  script = "HELLO\nSTART\n";
  for (int i = 0; i < 3; i++) loop();
  unsigned long end = fakeMicros + (unsigned long)(seconds * 1e6);
  while (fakeMicros < end) {
    loop();
    fakeMicros += step;
  }
  script = "STOP\nBOGUS\n";
  for (int i = 0; i < 20; i++) loop();
  // Button C pressed for 200 ms with a bounce at the start, then released: one "#BUTTON C".
  for (int ms = 0; ms < 400; ms++) {
    buttonC = (ms >= 10 && ms < 210) && !(ms == 12 || ms == 14);
    loop();
    fakeMicros += 1000;
  }
  return 0;
}
