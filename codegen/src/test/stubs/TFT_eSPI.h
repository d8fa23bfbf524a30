// Stand-in for Seeed_Arduino_LCD's TFT_eSPI.h (Wio Terminal's TFT_eSPI). Declarations only.
#pragma once
#include "Arduino.h"

// As the real header: Seeed_Arduino_LCD defines min() as a macro when none is defined yet (the core's
// C++ min is a template, so none is), and from here on the C++ standard headers no longer compile.
// That is why a Teach sketch includes tflm_cortexm.h (which pulls them in) before this header.
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif

#define TFT_BLACK 0x0000
#define TFT_NAVY 0x000F
#define TFT_RED 0xF800
#define TFT_GREEN 0x07E0
#define TFT_BLUE 0x001F
#define TFT_YELLOW 0xFFE0
#define TFT_WHITE 0xFFFF

class TFT_eSPI : public Print {
public:
    TFT_eSPI(int16_t _W = 240, int16_t _H = 320);
    void init(uint8_t tc = 0);
    void begin(uint8_t tc = 0);
    void setRotation(uint8_t r);
    void fillScreen(uint32_t color);
    void drawLine(int32_t x0, int32_t y0, int32_t x1, int32_t y1, uint32_t color);
    void drawRect(int32_t x, int32_t y, int32_t w, int32_t h, uint32_t color);
    void fillRect(int32_t x, int32_t y, int32_t w, int32_t h, uint32_t color);
    void drawCircle(int32_t x0, int32_t y0, int32_t r, uint32_t color);
    void fillCircle(int32_t x0, int32_t y0, int32_t r, uint32_t color);
    void setTextColor(uint16_t color);
    void setTextColor(uint16_t fgcolor, uint16_t bgcolor);
    void setTextSize(uint8_t size);
    void setTextPadding(uint16_t x_width);
    uint16_t color565(uint8_t red, uint8_t green, uint8_t blue);
    int16_t drawString(const char *string, int32_t poX, int32_t poY);
    int16_t drawString(const String &string, int32_t poX, int32_t poY);
    int16_t textWidth(const char *string);
    int16_t textWidth(const String &string);
};
