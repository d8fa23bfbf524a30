// Stand-in for the SAMD core's Wire.h. Declarations only.
#pragma once
#include "Arduino.h"

class TwoWire {
public:
    void begin();
    void beginTransmission(uint8_t address);
    uint8_t endTransmission(bool stopBit = true);
    size_t write(uint8_t data);
    int read(void);
};
extern TwoWire Wire;
extern TwoWire Wire1;
