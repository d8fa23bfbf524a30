// The host runner's Wio Terminal: the stand-in headers in ../stubs, implemented so that a
// generated sketch runs on the computer, on virtual time, with scripted buttons and sensors.
// Test code only; it never ships. HostRunner.java compiles it with a sketch and runs the result:
//
//   ./sketch SCRIPT      Serial output on stdout, the event log (tone, screen, pins) on stderr
//
// The script, one instruction a line ('#' starts a comment; times in ms of virtual time):
//   until MS                       run setup() once, then loop() until MS (default 5000)
//   press BUTTON AT FOR            hold A B C UP DOWN LEFT RIGHT PRESS from AT for FOR ms
//   light AT VALUE                 the light sensor reads VALUE (0-1023) from AT on
//   mic AT VALUE                   the microphone pin reads VALUE from AT on
//   analog PIN AT VALUE            A0..A8 read VALUE from AT on
//   digital PIN AT LEVEL           D0..D8 read LEVEL (0 or 1) from AT on
//   accel AT X Y Z                 the accelerometer reads X Y Z (in g) from AT on
//   mic-pcm AT FILE                from AT on, the microphone's timer samples FILE (16-bit little-endian
//                                  mono at the timer's rate; silence after its end)
//   tflm-arena BYTES               real TFLM would need this much arena (see tflm/tflm_host.cpp)
//
// Time moves as it does on the board: delay() waits, and every call that reads the clock or a pin
// costs a microsecond, so a loop that waits for a button or for millis() always moves on.

// The standard headers first: TFT_eSPI.h defines a min() macro, as the real one does.
#include <cstdarg>
#include <map>
#include <string>
#include <vector>

#include "Arduino.h"
#include "LIS3DHTR.h"
#include "TFT_eSPI.h"
#include "Wire.h"

extern size_t kumiki_host_tflm_arena_needed;  // tflm/tflm_host.cpp

// --- the script ------------------------------------------------------------------------------

namespace {

struct Step {
    uint64_t atUs;
    double value[3];
};

uint64_t nowUs = 0;
uint64_t untilUs = 5000ull * 1000;
std::map<uint32_t, std::vector<Step>> pinSteps;      // analog and digital pins, by pin number
std::vector<Step> accelSteps;
struct Press { uint32_t pin; uint64_t fromUs, toUs; };
std::vector<Press> presses;
std::map<uint32_t, uint32_t> pinModes;
std::vector<int16_t> micPcm;      // what the microphone hears from micPcmFromUs on (mic-pcm)
uint64_t micPcmFromUs = 0;

const std::map<std::string, uint32_t> BUTTONS = {
    {"A", WIO_KEY_A}, {"B", WIO_KEY_B}, {"C", WIO_KEY_C}, {"UP", WIO_5S_UP}, {"DOWN", WIO_5S_DOWN},
    {"LEFT", WIO_5S_LEFT}, {"RIGHT", WIO_5S_RIGHT}, {"PRESS", WIO_5S_PRESS}};

const char *pinName(uint32_t pin) {
    static char other[16];
    switch (pin) {
        case WIO_KEY_A: return "WIO_KEY_A";
        case WIO_KEY_B: return "WIO_KEY_B";
        case WIO_KEY_C: return "WIO_KEY_C";
        case WIO_5S_UP: return "WIO_5S_UP";
        case WIO_5S_LEFT: return "WIO_5S_LEFT";
        case WIO_5S_RIGHT: return "WIO_5S_RIGHT";
        case WIO_5S_DOWN: return "WIO_5S_DOWN";
        case WIO_5S_PRESS: return "WIO_5S_PRESS";
        case WIO_BUZZER: return "WIO_BUZZER";
        case WIO_MIC: return "WIO_MIC";
        case WIO_LIGHT: return "WIO_LIGHT";
        default: snprintf(other, sizeof other, "%u", (unsigned)pin); return other;
    }
}

[[noreturn]] void fail(const char *what) {
    fflush(stdout);
    fprintf(stderr, "HOST RUNNER: %s\n", what);
    exit(3);
}

void event(const char *format, ...) __attribute__((format(printf, 1, 2)));
void event(const char *format, ...) {
    char line[512];
    va_list args;
    va_start(args, format);
    vsnprintf(line, sizeof line, format, args);
    va_end(args);
    fprintf(stderr, "%7llu ms  %s\n", (unsigned long long)(nowUs / 1000), line);
}

void runTimers();

// The run ends when virtual time is up, wherever the sketch is: inside loop() or a wait.
void tick(uint64_t us) {
    nowUs += us;
    runTimers();
    if (nowUs >= untilUs) {
        fflush(stdout);
        exit(0);
    }
}

double stepValue(const std::vector<Step> &steps, int i, double otherwise) {
    double v = otherwise;
    for (const Step &s : steps) {
        if (s.atUs <= nowUs) v = s.value[i];
    }
    return v;
}

uint32_t analogPin(const std::string &name) {
    static const std::map<std::string, uint32_t> PINS = {{"A0", A0}, {"A1", A1}, {"A2", A2}, {"A3", A3},
        {"A4", A4}, {"A5", A5}, {"A6", A6}, {"A7", A7}, {"A8", A8}};
    auto it = PINS.find(name);
    if (it == PINS.end()) fail("unknown analog pin in script");
    return it->second;
}

void readScript(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) fail("cannot open the script");
    char line[256];
    while (fgets(line, sizeof line, f)) {
        char word[32] = "", name[256] = "";
        double a = 0, b = 0, c = 0, d = 0;
        if (line[0] == '#' || sscanf(line, "%31s", word) != 1) continue;
        std::string w = word;
        if (w == "until" && sscanf(line, "%*s %lf", &a) == 1) {
            untilUs = (uint64_t)(a * 1000);
        } else if (w == "press" && sscanf(line, "%*s %31s %lf %lf", name, &a, &b) == 3) {
            auto it = BUTTONS.find(name);
            if (it == BUTTONS.end()) fail("unknown button in script");
            presses.push_back({it->second, (uint64_t)(a * 1000), (uint64_t)((a + b) * 1000)});
        } else if (w == "light" && sscanf(line, "%*s %lf %lf", &a, &b) == 2) {
            pinSteps[WIO_LIGHT].push_back({(uint64_t)(a * 1000), {b, 0, 0}});
        } else if (w == "mic" && sscanf(line, "%*s %lf %lf", &a, &b) == 2) {
            pinSteps[WIO_MIC].push_back({(uint64_t)(a * 1000), {b, 0, 0}});
        } else if (w == "analog" && sscanf(line, "%*s %31s %lf %lf", name, &a, &b) == 3) {
            pinSteps[analogPin(name)].push_back({(uint64_t)(a * 1000), {b, 0, 0}});
        } else if (w == "digital" && sscanf(line, "%*s D%lf %lf %lf", &d, &a, &b) == 3) {
            pinSteps[(uint32_t)d].push_back({(uint64_t)(a * 1000), {b, 0, 0}});
        } else if (w == "accel" && sscanf(line, "%*s %lf %lf %lf %lf", &a, &b, &c, &d) == 4) {
            accelSteps.push_back({(uint64_t)(a * 1000), {b, c, d}});
        } else if (w == "mic-pcm" && sscanf(line, "%*s %lf %255s", &a, name) == 2) {
            FILE *pcm = fopen(name, "rb");
            if (!pcm) fail("cannot open the mic-pcm file");
            int16_t sample;
            while (fread(&sample, sizeof sample, 1, pcm) == 1) micPcm.push_back(sample);
            fclose(pcm);
            micPcmFromUs = (uint64_t)(a * 1000);
        } else if (w == "tflm-arena" && sscanf(line, "%*s %lf", &a) == 1) {
            kumiki_host_tflm_arena_needed = (size_t)a;
        } else {
            fail("a script line cannot be read");
        }
    }
    fclose(f);
}

uint64_t randomState = 88172645463325252ull;

}  // namespace

// What the host TFLM reports (MicroPrintf) goes to the event log.
void kumiki_host_event(const char *text) { event("tflm: %s", text); }

// --- time, pins, sound ---------------------------------------------------------------------

unsigned long millis(void) {
    tick(1);
    return (unsigned long)(nowUs / 1000);
}

unsigned long micros(void) {
    tick(1);
    return (unsigned long)nowUs;
}

void delay(unsigned long ms) {
    tick((uint64_t)ms * 1000);
}

void yield(void) {
    tick(1);
}

void pinMode(uint32_t pin, uint32_t mode) {
    pinModes[pin] = mode;
}

int digitalRead(uint32_t pin) {
    tick(1);
    for (const Press &p : presses) {
        if (p.pin == pin && nowUs >= p.fromUs && nowUs < p.toUs) return LOW;
    }
    if (pinModes.count(pin) && pinModes[pin] == INPUT_PULLUP) return HIGH;
    auto it = pinSteps.find(pin);
    return it == pinSteps.end() ? LOW : (stepValue(it->second, 0, 0) != 0 ? HIGH : LOW);
}

void digitalWrite(uint32_t pin, uint32_t value) {
    event("digitalWrite %s %s", pinName(pin), value ? "HIGH" : "LOW");
}

int analogRead(uint32_t pin) {
    tick(1);
    auto it = pinSteps.find(pin);
    return it == pinSteps.end() ? 0 : (int)stepValue(it->second, 0, 0);
}

void analogWrite(uint32_t pin, int value) {
    event("analogWrite %s %d", pinName(pin), value);
}

void tone(uint32_t pin, uint32_t frequency, uint32_t duration) {
    if (duration) {
        event("tone %s %u Hz for %u ms", pinName(pin), (unsigned)frequency, (unsigned)duration);
    } else {
        event("tone %s %u Hz", pinName(pin), (unsigned)frequency);
    }
}

void noTone(uint32_t pin) {
    event("noTone %s", pinName(pin));
}

long random(long howbig) {
    return howbig <= 0 ? 0 : random(0, howbig);
}

long random(long howsmall, long howbig) {
    if (howsmall >= howbig) return howsmall;
    randomState ^= randomState << 13;
    randomState ^= randomState >> 7;
    randomState ^= randomState << 17;
    return howsmall + (long)(randomState % (uint64_t)(howbig - howsmall));
}

void randomSeed(unsigned long seed) {
    if (seed != 0) randomState = seed * 2654435761ull + 1;
}

long map(long value, long fromLow, long fromHigh, long toLow, long toHigh) {
    return (value - fromLow) * (toHigh - toLow) / (fromHigh - fromLow) + toLow;
}

void noInterrupts(void) {
}

// --- the microphone's timer (TC5) and converter (ADC1), as board/mic_sampler.cpp sets them up ------

namespace {
Adc adc1;
Gclk gclk;
Tc tc5;
bool tc5Interrupt = false;
uint64_t nextTc5Ns = 0;   // when TC5 next interrupts, in ns of virtual time; 0 while it is stopped
bool inTimer = false;
}  // namespace

Adc *const ADC1 = &adc1;
Gclk *const GCLK = &gclk;
Tc *const TC5 = &tc5;

void NVIC_SetPriority(IRQn_Type, uint32_t) {
}

void NVIC_EnableIRQ(IRQn_Type irq) {
    if (irq == TC5_IRQn) tc5Interrupt = true;
}

// The sketch's interrupt handler, when it has one (the Teach sketch of a sound model).
void TC5_Handler() __attribute__((weak));

namespace {
// The 12-bit result the ADC holds at a moment: the scripted sound, centred on 2048 as the
// microphone's amplifier centres it; silence before and after.
uint16_t micResultAt(uint64_t ns) {
    if (ns < micPcmFromUs * 1000) return 2048;
    uint64_t i = (ns - micPcmFromUs * 1000) * 16000 / 1000000000ull;
    if (i >= micPcm.size()) return 2048;
    int v = micPcm[i] / 16 + 2048;
    return (uint16_t)(v < 0 ? 0 : v > 4095 ? 4095 : v);
}

// Every match of TC5 that virtual time has passed interrupts the sketch, in order, as on the board.
void runTimers() {
    bool running = TC5_Handler && tc5Interrupt && tc5.COUNT16.CTRLA.bit.ENABLE
            && (tc5.COUNT16.INTENSET.reg & TC_INTENSET_MC0);
    if (!running || inTimer) {
        nextTc5Ns = 0;
        return;
    }
    // 48 MHz counted to CC0 + 1.
    uint64_t periodNs = (uint64_t)(tc5.COUNT16.CC[0].reg + 1) * 1000 / 48;
    if (nextTc5Ns == 0) nextTc5Ns = nowUs * 1000 + periodNs;
    inTimer = true;
    while (nextTc5Ns <= nowUs * 1000) {
        adc1.RESULT.reg = micResultAt(nextTc5Ns);
        tc5.COUNT16.INTFLAG.reg = TC_INTFLAG_MC0;
        TC5_Handler();
        nextTc5Ns += periodNs;
    }
    inTimer = false;
}
}  // namespace

void interrupts(void) {
}

// --- String, as the core's WString.cpp behaves ---------------------------------------------

void String::reserveFor(unsigned int size) {
    if (buffer && capacity >= size) return;
    char *grown = (char *)realloc(buffer, size + 1);
    if (!grown) fail("out of memory");
    if (!buffer) grown[0] = '\0';
    buffer = grown;
    capacity = size;
}

void String::copyFrom(const char *cstr, unsigned int length) {
    reserveFor(length);
    memmove(buffer, cstr, length);
    buffer[length] = '\0';
    len = length;
}

void String::append(const char *cstr, unsigned int length) {
    reserveFor(len + length);
    memmove(buffer + len, cstr, length);
    len += length;
    buffer[len] = '\0';
}

String::String(const char *cstr) : buffer(nullptr), capacity(0), len(0) {
    copyFrom(cstr ? cstr : "", cstr ? (unsigned int)strlen(cstr) : 0);
}

String::String(const String &str) : buffer(nullptr), capacity(0), len(0) {
    copyFrom(str.c_str(), str.len);
}

String::String(char c) : buffer(nullptr), capacity(0), len(0) {
    copyFrom(&c, 1);
}

static String integerText(long long value, unsigned char base, bool isUnsigned) {
    char digits[72];
    char *p = digits + sizeof digits - 1;
    *p = '\0';
    bool negative = !isUnsigned && value < 0;
    unsigned long long n = negative ? 0ull - (unsigned long long)value : (unsigned long long)value;
    if (base < 2) base = 10;
    do {
        int d = (int)(n % base);
        *--p = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        n /= base;
    } while (n);
    if (negative) *--p = '-';
    return String(p);
}

String::String(unsigned char value, unsigned char base) : String(integerText(value, base, true)) {
}

String::String(int value, unsigned char base) : String(integerText(value, base, base != 10)) {
}

String::String(unsigned int value, unsigned char base) : String(integerText(value, base, true)) {
}

String::String(long value, unsigned char base) : String(integerText(value, base, base != 10)) {
}

String::String(unsigned long value, unsigned char base) : String(integerText(value, base, true)) {
}

// The core formats with dtostrf(value, decimalPlaces + 2, decimalPlaces, buf) into a 33-byte
// buffer: "%*.*f", padded on the left to the width. Longer text would overrun the board's buffer.
static String decimalText(double value, unsigned char decimalPlaces) {
    char text[400];
    int n = snprintf(text, sizeof text, "%*.*f", decimalPlaces + 2, decimalPlaces, value);
    if (n >= 33) fail("String(double) overflows the core's 33-byte buffer");
    return String(text);
}

String::String(float value, unsigned char decimalPlaces) : String(decimalText(value, decimalPlaces)) {
}

String::String(double value, unsigned char decimalPlaces) : String(decimalText(value, decimalPlaces)) {
}

String::~String(void) {
    free(buffer);
}

String &String::operator=(const String &rhs) {
    if (this != &rhs) copyFrom(rhs.c_str(), rhs.len);
    return *this;
}

String &String::operator=(const char *cstr) {
    copyFrom(cstr ? cstr : "", cstr ? (unsigned int)strlen(cstr) : 0);
    return *this;
}

unsigned int String::length(void) const {
    return len;
}

String &String::operator+=(const String &rhs) {
    String copy(rhs);  // s += s
    append(copy.c_str(), copy.len);
    return *this;
}

String &String::operator+=(const char *cstr) {
    if (cstr) append(cstr, (unsigned int)strlen(cstr));
    return *this;
}

String &String::operator+=(char c) {
    append(&c, 1);
    return *this;
}

String &String::operator+=(int num) {
    return *this += String(num);
}

String &String::operator+=(long num) {
    return *this += String(num);
}

// The core's concat(double) writes dtostrf(num, 4, 2, buf) into 20 bytes.
String &String::operator+=(double num) {
    char text[400];
    int n = snprintf(text, sizeof text, "%4.2f", num);
    if (n >= 20) fail("String += double overflows the core's 20-byte buffer");
    return *this += text;
}

StringSumHelper &operator+(const StringSumHelper &lhs, const String &rhs) {
    StringSumHelper &a = const_cast<StringSumHelper &>(lhs);
    a += rhs;
    return a;
}

StringSumHelper &operator+(const StringSumHelper &lhs, const char *cstr) {
    StringSumHelper &a = const_cast<StringSumHelper &>(lhs);
    a += cstr;
    return a;
}

StringSumHelper &operator+(const StringSumHelper &lhs, char c) {
    StringSumHelper &a = const_cast<StringSumHelper &>(lhs);
    a += c;
    return a;
}

StringSumHelper &operator+(const StringSumHelper &lhs, int num) {
    StringSumHelper &a = const_cast<StringSumHelper &>(lhs);
    a += num;
    return a;
}

StringSumHelper &operator+(const StringSumHelper &lhs, long num) {
    StringSumHelper &a = const_cast<StringSumHelper &>(lhs);
    a += num;
    return a;
}

StringSumHelper &operator+(const StringSumHelper &lhs, double num) {
    StringSumHelper &a = const_cast<StringSumHelper &>(lhs);
    a += num;
    return a;
}

unsigned char String::equals(const String &s) const {
    return len == s.len && strcmp(c_str(), s.c_str()) == 0;
}

unsigned char String::equals(const char *cstr) const {
    return strcmp(c_str(), cstr ? cstr : "") == 0;
}

unsigned char String::operator==(const String &rhs) const {
    return equals(rhs);
}

unsigned char String::operator==(const char *cstr) const {
    return equals(cstr);
}

unsigned char String::operator!=(const String &rhs) const {
    return !equals(rhs);
}

unsigned char String::operator!=(const char *cstr) const {
    return !equals(cstr);
}

unsigned char String::operator<(const String &rhs) const {
    return strcmp(c_str(), rhs.c_str()) < 0;
}

unsigned char String::operator>(const String &rhs) const {
    return strcmp(c_str(), rhs.c_str()) > 0;
}

unsigned char String::operator<=(const String &rhs) const {
    return strcmp(c_str(), rhs.c_str()) <= 0;
}

unsigned char String::operator>=(const String &rhs) const {
    return strcmp(c_str(), rhs.c_str()) >= 0;
}

int String::indexOf(const String &str) const {
    const char *found = strstr(c_str(), str.c_str());
    return found ? (int)(found - c_str()) : -1;
}

String String::substring(unsigned int beginIndex, unsigned int endIndex) const {
    if (beginIndex > endIndex) {
        unsigned int t = beginIndex;
        beginIndex = endIndex;
        endIndex = t;
    }
    if (beginIndex > len) return String("");
    if (endIndex > len) endIndex = len;
    String out;
    out.copyFrom(c_str() + beginIndex, endIndex - beginIndex);
    return out;
}

void String::toUpperCase(void) {
    for (unsigned int i = 0; i < len; i++) buffer[i] = (char)toupper((unsigned char)buffer[i]);
}

void String::toLowerCase(void) {
    for (unsigned int i = 0; i < len; i++) buffer[i] = (char)tolower((unsigned char)buffer[i]);
}

long String::toInt(void) const {
    return atol(c_str());
}

float String::toFloat(void) const {
    return (float)atof(c_str());
}

double String::toDouble(void) const {
    return atof(c_str());
}

const char *String::c_str() const {
    return buffer ? buffer : "";
}

StringSumHelper::StringSumHelper(const String &s) : String(s) {
}

StringSumHelper::StringSumHelper(const char *p) : String(p) {
}

// --- Print and Serial, as the core's Print.cpp behaves ------------------------------------

size_t Print::write(uint8_t) {
    return 0;
}

size_t Print::write(const uint8_t *buffer, size_t size) {
    size_t n = 0;
    while (size--) n += write(*buffer++);
    return n;
}

size_t Print::write(const char *str) {
    return str ? write((const uint8_t *)str, strlen(str)) : 0;
}

static size_t printUnsigned(Print &p, unsigned long long n, int base) {
    String s = integerText((long long)n, (unsigned char)(base < 2 ? 10 : base), true);
    return p.write(s.c_str());
}

size_t Print::print(const String &s) {
    return write((const uint8_t *)s.c_str(), s.length());
}

size_t Print::print(const char str[]) {
    return write(str);
}

size_t Print::print(char c) {
    return write((uint8_t)c);
}

size_t Print::print(int n, int base) {
    return print((long)n, base);
}

size_t Print::print(unsigned int n, int base) {
    return print((unsigned long)n, base);
}

size_t Print::print(long n, int base) {
    if (base == 10 && n < 0) return print('-') + printUnsigned(*this, 0ull - (unsigned long long)n, 10);
    return printUnsigned(*this, (unsigned long)n, base);
}

size_t Print::print(unsigned long n, int base) {
    return printUnsigned(*this, n, base);
}

// Print::printFloat: "nan", "inf", "ovf" past 4294967040, else the digits one by one after
// adding half of the last place, as the core does (so print(1.999, 2) is "2.00").
size_t Print::print(double number, int digits) {
    if (isnan(number)) return print("nan");
    if (isinf(number)) return print("inf");
    if (number > 4294967040.0 || number < -4294967040.0) return print("ovf");
    size_t n = 0;
    if (number < 0.0) {
        n += print('-');
        number = -number;
    }
    double rounding = 0.5;
    for (int i = 0; i < digits; ++i) rounding /= 10.0;
    number += rounding;
    unsigned long whole = (unsigned long)number;
    double remainder = number - (double)whole;
    n += print(whole);
    if (digits > 0) n += print('.');
    while (digits-- > 0) {
        remainder *= 10.0;
        unsigned int digit = (unsigned int)remainder;
        n += print(digit);
        remainder -= digit;
    }
    return n;
}

size_t Print::println(void) {
    return write("\r\n");
}

size_t Print::println(const String &s) {
    return print(s) + println();
}

size_t Print::println(const char c[]) {
    return print(c) + println();
}

size_t Print::println(char c) {
    return print(c) + println();
}

size_t Print::println(int num, int base) {
    return print(num, base) + println();
}

size_t Print::println(unsigned int num, int base) {
    return print(num, base) + println();
}

size_t Print::println(long num, int base) {
    return print(num, base) + println();
}

size_t Print::println(unsigned long num, int base) {
    return print(num, base) + println();
}

size_t Print::println(double num, int digits) {
    return print(num, digits) + println();
}

void Serial_::begin(uint32_t) {
}

int Serial_::available(void) {
    return 0;
}

int Serial_::read(void) {
    return -1;
}

size_t Serial_::write(uint8_t c) {
    return fputc(c, stdout) == EOF ? 0 : 1;
}

size_t Serial_::write(const uint8_t *buffer, size_t size) {
    return fwrite(buffer, 1, size, stdout);
}

Serial_::operator bool() {
    return true;
}

Serial_ Serial;

// --- the screen: every drawing call is logged --------------------------------------------

namespace {
uint8_t textSize = 1;
uint16_t textColour = TFT_WHITE;
}

TFT_eSPI::TFT_eSPI(int16_t, int16_t) {
}

void TFT_eSPI::init(uint8_t) {
    event("tft.init");
}

void TFT_eSPI::begin(uint8_t) {
    event("tft.begin");
}

void TFT_eSPI::setRotation(uint8_t r) {
    event("tft.setRotation %u", (unsigned)r);
}

void TFT_eSPI::fillScreen(uint32_t color) {
    event("tft.fillScreen 0x%04X", (unsigned)color);
}

void TFT_eSPI::drawLine(int32_t x0, int32_t y0, int32_t x1, int32_t y1, uint32_t color) {
    event("tft.drawLine %d,%d to %d,%d 0x%04X", (int)x0, (int)y0, (int)x1, (int)y1, (unsigned)color);
}

void TFT_eSPI::drawRect(int32_t x, int32_t y, int32_t w, int32_t h, uint32_t color) {
    event("tft.drawRect %d,%d %dx%d 0x%04X", (int)x, (int)y, (int)w, (int)h, (unsigned)color);
}

void TFT_eSPI::fillRect(int32_t x, int32_t y, int32_t w, int32_t h, uint32_t color) {
    event("tft.fillRect %d,%d %dx%d 0x%04X", (int)x, (int)y, (int)w, (int)h, (unsigned)color);
}

void TFT_eSPI::drawCircle(int32_t x0, int32_t y0, int32_t r, uint32_t color) {
    event("tft.drawCircle %d,%d r %d 0x%04X", (int)x0, (int)y0, (int)r, (unsigned)color);
}

void TFT_eSPI::fillCircle(int32_t x0, int32_t y0, int32_t r, uint32_t color) {
    event("tft.fillCircle %d,%d r %d 0x%04X", (int)x0, (int)y0, (int)r, (unsigned)color);
}

void TFT_eSPI::setTextColor(uint16_t color) {
    textColour = color;
}

void TFT_eSPI::setTextColor(uint16_t fgcolor, uint16_t) {
    textColour = fgcolor;
}

void TFT_eSPI::setTextSize(uint8_t size) {
    textSize = size;
}

void TFT_eSPI::setTextPadding(uint16_t) {
}

uint16_t TFT_eSPI::color565(uint8_t red, uint8_t green, uint8_t blue) {
    return (uint16_t)(((red & 0xF8) << 8) | ((green & 0xFC) << 3) | (blue >> 3));
}

int16_t TFT_eSPI::drawString(const char *string, int32_t poX, int32_t poY) {
    event("tft.drawString \"%s\" at %d,%d size %u 0x%04X", string, (int)poX, (int)poY, (unsigned)textSize,
          (unsigned)textColour);
    return textWidth(string);
}

int16_t TFT_eSPI::drawString(const String &string, int32_t poX, int32_t poY) {
    return drawString(string.c_str(), poX, poY);
}

int16_t TFT_eSPI::textWidth(const char *string) {
    return (int16_t)(strlen(string) * 6 * textSize);
}

int16_t TFT_eSPI::textWidth(const String &string) {
    return textWidth(string.c_str());
}

// --- the accelerometer, read from the script ---------------------------------------------

TwoWire Wire;
TwoWire Wire1;

void TwoWire::begin() {
}

template <class T> LIS3DHTR<T>::LIS3DHTR() {
}

template <class T> void LIS3DHTR<T>::begin(TwoWire &, uint8_t) {
    event("lis.begin");
}

template <class T> void LIS3DHTR<T>::setFullScaleRange(scale_type_t) {
}

template <class T> void LIS3DHTR<T>::setOutputDataRate(odr_type_t) {
}

template <class T> bool LIS3DHTR<T>::available() {
    return true;
}

template <class T> void LIS3DHTR<T>::getAcceleration(float *x, float *y, float *z) {
    *x = getAccelerationX();
    *y = getAccelerationY();
    *z = getAccelerationZ();
}

template <class T> float LIS3DHTR<T>::getAccelerationX(void) {
    tick(1);
    return (float)stepValue(accelSteps, 0, 0);
}

template <class T> float LIS3DHTR<T>::getAccelerationY(void) {
    tick(1);
    return (float)stepValue(accelSteps, 1, 0);
}

template <class T> float LIS3DHTR<T>::getAccelerationZ(void) {
    tick(1);
    return (float)stepValue(accelSteps, 2, 1);
}

template class LIS3DHTR<TwoWire>;

// --- the board's main() -------------------------------------------------------------------

void setup();
void loop();

int main(int argc, char **argv) {
    if (argc > 1) readScript(argv[1]);
    setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
    setup();
    for (;;) {
        loop();
        tick(1);  // the core's main loop between two calls of loop()
    }
}
