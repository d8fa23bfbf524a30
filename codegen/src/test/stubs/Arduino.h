// Stand-in for Seeed ArduinoCore-samd's Arduino.h (Wio Terminal variant). Declarations only.
#pragma once
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <stdio.h>

typedef bool boolean;
typedef uint8_t byte;

#define HIGH 0x1
#define LOW  0x0
#define INPUT 0x0
#define OUTPUT 0x1
#define INPUT_PULLUP 0x2
#define PI 3.1415926535897932384626433832795

#define constrain(amt, low, high) ((amt) < (low) ? (low) : ((amt) > (high) ? (high) : (amt)))

// Wio Terminal variant.h pin numbers
#define WIO_KEY_A (28ul)
#define WIO_KEY_B (29ul)
#define WIO_KEY_C (30ul)
#define WIO_5S_UP (31ul)
#define WIO_5S_LEFT (32ul)
#define WIO_5S_RIGHT (33ul)
#define WIO_5S_DOWN (34ul)
#define WIO_5S_PRESS (35ul)
#define WIO_BUZZER (12ul)
#define WIO_MIC (39ul)
#define WIO_LIGHT (27ul)
#define WIO_IR (14ul)
#define LCD_BACKLIGHT (72ul)
#define D0 (0ul)
#define D1 (1ul)
#define D2 (2ul)
#define D3 (3ul)
#define D4 (4ul)
#define D5 (5ul)
#define D6 (6ul)
#define D7 (7ul)
#define D8 (8ul)
#define A0 (0ul)
#define A1 (1ul)
#define A2 (2ul)
#define A3 (3ul)
#define A4 (4ul)
#define A5 (5ul)
#define A6 (6ul)
#define A7 (7ul)
#define A8 (8ul)

void pinMode(uint32_t pin, uint32_t mode);
void digitalWrite(uint32_t pin, uint32_t value);
int digitalRead(uint32_t pin);
int analogRead(uint32_t pin);
void analogWrite(uint32_t pin, int value);
unsigned long millis(void);
unsigned long micros(void);
void delay(unsigned long ms);
void yield(void);
void tone(uint32_t pin, uint32_t frequency, uint32_t duration = 0);
void noTone(uint32_t pin);
long random(long howbig);
long random(long howsmall, long howbig);
void randomSeed(unsigned long seed);
long map(long value, long fromLow, long fromHigh, long toLow, long toHigh);

class StringSumHelper;

// WString.h
class String {
public:
    String(const char *cstr = "");
    String(const String &str);
    explicit String(char c);
    explicit String(unsigned char, unsigned char base = 10);
    explicit String(int, unsigned char base = 10);
    explicit String(unsigned int, unsigned char base = 10);
    explicit String(long, unsigned char base = 10);
    explicit String(unsigned long, unsigned char base = 10);
    explicit String(float, unsigned char decimalPlaces = 2);
    explicit String(double, unsigned char decimalPlaces = 2);
    ~String(void);
    String &operator=(const String &rhs);
    String &operator=(const char *cstr);
    unsigned int length(void) const;
    String &operator+=(const String &rhs);
    String &operator+=(const char *cstr);
    String &operator+=(char c);
    String &operator+=(int num);
    String &operator+=(long num);
    String &operator+=(double num);
    friend StringSumHelper &operator+(const StringSumHelper &lhs, const String &rhs);
    friend StringSumHelper &operator+(const StringSumHelper &lhs, const char *cstr);
    friend StringSumHelper &operator+(const StringSumHelper &lhs, char c);
    friend StringSumHelper &operator+(const StringSumHelper &lhs, int num);
    friend StringSumHelper &operator+(const StringSumHelper &lhs, long num);
    friend StringSumHelper &operator+(const StringSumHelper &lhs, double num);
    unsigned char equals(const String &s) const;
    unsigned char equals(const char *cstr) const;
    unsigned char operator==(const String &rhs) const;
    unsigned char operator==(const char *cstr) const;
    unsigned char operator!=(const String &rhs) const;
    unsigned char operator!=(const char *cstr) const;
    unsigned char operator<(const String &rhs) const;
    unsigned char operator>(const String &rhs) const;
    unsigned char operator<=(const String &rhs) const;
    unsigned char operator>=(const String &rhs) const;
    int indexOf(const String &str) const;
    String substring(unsigned int beginIndex, unsigned int endIndex) const;
    void toUpperCase(void);
    void toLowerCase(void);
    long toInt(void) const;
    float toFloat(void) const;
    double toDouble(void) const;
    const char *c_str() const;
private:
    // As in the core's WString.h; the host runner (../host/runtime.cpp) implements the class.
    char *buffer;
    unsigned int capacity;
    unsigned int len;
    void reserveFor(unsigned int size);
    void copyFrom(const char *cstr, unsigned int length);
    void append(const char *cstr, unsigned int length);
};

class StringSumHelper : public String {
public:
    StringSumHelper(const String &s);
    StringSumHelper(const char *p);
};

// Print.h / USBAPI.h
class Print {
public:
    virtual ~Print() {}
    virtual size_t write(uint8_t c);
    virtual size_t write(const uint8_t *buffer, size_t size);
    size_t write(const char *str);
    size_t print(const String &);
    size_t print(const char[]);
    size_t print(char);
    size_t print(int, int = 10);
    size_t print(unsigned int, int = 10);
    size_t print(long, int = 10);
    size_t print(unsigned long, int = 10);
    size_t print(double, int = 2);
    size_t println(const String &s);
    size_t println(const char[]);
    size_t println(char);
    size_t println(int, int = 10);
    size_t println(unsigned int, int = 10);
    size_t println(long, int = 10);
    size_t println(unsigned long, int = 10);
    size_t println(double, int = 2);
    size_t println(void);
};

class Serial_ : public Print {
public:
    void begin(uint32_t baud_count);
    int available(void);
    int read(void);
    using Print::write;
    size_t write(uint8_t c);
    size_t write(const uint8_t *buffer, size_t size);
    operator bool();
};
extern Serial_ Serial;


void noInterrupts(void);
void interrupts(void);

// CMSIS for the SAMD51P19A (reached from Arduino.h through sam.h). Only the registers and bit
// names the collector's microphone code touches, laid out as the Atmel headers name them.
typedef enum { TC5_IRQn = 112 } IRQn_Type;
void NVIC_SetPriority(IRQn_Type irq, uint32_t priority);
void NVIC_EnableIRQ(IRQn_Type irq);

typedef union { struct { uint32_t SWRST:1; uint32_t ENABLE:1; uint32_t :30; } bit; uint16_t reg; } ADC_CTRLA_Type;
typedef union { struct { uint16_t MUXPOS:5; uint16_t :11; } bit; uint16_t reg; } ADC_INPUTCTRL_Type;
typedef union { struct { uint16_t :16; } bit; uint16_t reg; } ADC_CTRLB_Type;
typedef union { struct { uint8_t FLUSH:1; uint8_t START:1; uint8_t :6; } bit; uint8_t reg; } ADC_SWTRIG_Type;
typedef union { struct { uint32_t SWRST:1; uint32_t ENABLE:1; uint32_t INPUTCTRL:1; uint32_t CTRLB:1;
    uint32_t :6; uint32_t SWTRIG:1; uint32_t :21; } bit; uint32_t reg; } ADC_SYNCBUSY_Type;
typedef union { uint16_t reg; } ADC_RESULT_Type;
typedef struct {
    volatile ADC_CTRLA_Type CTRLA;
    volatile ADC_INPUTCTRL_Type INPUTCTRL;
    volatile ADC_CTRLB_Type CTRLB;
    volatile ADC_SWTRIG_Type SWTRIG;
    volatile ADC_SYNCBUSY_Type SYNCBUSY;
    volatile ADC_RESULT_Type RESULT;
} Adc;
extern Adc *const ADC1;
#define ADC_INPUTCTRL_MUXPOS_AIN12_Val 0xCu
#define ADC_CTRLB_FREERUN (0x1u << 1)
#define ADC_CTRLB_RESSEL_12BIT (0x0u << 3)

typedef union { uint32_t reg; } GCLK_PCHCTRL_Type;
typedef struct { volatile GCLK_PCHCTRL_Type PCHCTRL[48]; } Gclk;
extern Gclk *const GCLK;
#define TC5_GCLK_ID 30
#define GCLK_PCHCTRL_CHEN (0x1u << 6)
#define GCLK_PCHCTRL_GEN_GCLK1 (0x1u)

typedef union { struct { uint32_t SWRST:1; uint32_t ENABLE:1; uint32_t :30; } bit; uint32_t reg; } TC_CTRLA_Type;
typedef union { uint8_t reg; } TC_WAVE_Type;
typedef union { uint16_t reg; } TC_COUNT16_CC_Type;
typedef union { uint8_t reg; } TC_INTENSET_Type;
typedef union { uint8_t reg; } TC_INTFLAG_Type;
typedef union { struct { uint32_t SWRST:1; uint32_t ENABLE:1; uint32_t CTRLB:1; uint32_t STATUS:1; uint32_t COUNT:1;
    uint32_t PER:1; uint32_t CC0:1; uint32_t CC1:1; uint32_t :24; } bit; uint32_t reg; } TC_SYNCBUSY_Type;
typedef struct {
    volatile TC_CTRLA_Type CTRLA;
    volatile TC_INTENSET_Type INTENSET;
    volatile TC_INTFLAG_Type INTFLAG;
    volatile TC_WAVE_Type WAVE;
    volatile TC_SYNCBUSY_Type SYNCBUSY;
    volatile TC_COUNT16_CC_Type CC[2];
} TcCount16;
typedef union { TcCount16 COUNT16; } Tc;
extern Tc *const TC5;
#define TC_WAVE_WAVEGEN_MFRQ (0x1u)
#define TC_INTENSET_MC0 (0x1u << 4)
#define TC_INTFLAG_MC0 (0x1u << 4)
