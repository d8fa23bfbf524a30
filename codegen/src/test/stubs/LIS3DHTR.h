// Stand-in for Seeed_Arduino_LIS3DHTR 1.2.3's LIS3DHTR.h. Declarations only.
#pragma once
#include "Arduino.h"
#include "Wire.h"

#define LIS3DHTR_DEFAULT_ADDRESS 0x19

class SPIClass;
extern SPIClass SPI;
#define SS 0

enum scale_type_t {
    LIS3DHTR_RANGE_2G = 0x00,
    LIS3DHTR_RANGE_4G = 0x10,
    LIS3DHTR_RANGE_8G = 0x20,
    LIS3DHTR_RANGE_16G = 0x30,
};

enum odr_type_t {
    LIS3DHTR_DATARATE_POWERDOWN = 0x00,
    LIS3DHTR_DATARATE_1HZ = 0x10,
    LIS3DHTR_DATARATE_10HZ = 0x20,
    LIS3DHTR_DATARATE_25HZ = 0x30,
    LIS3DHTR_DATARATE_50HZ = 0x40,
    LIS3DHTR_DATARATE_100HZ = 0x50,
    LIS3DHTR_DATARATE_200HZ = 0x60,
    LIS3DHTR_DATARATE_400HZ = 0x70,
};

template <class T>
class LIS3DHTR {
public:
    LIS3DHTR();
    bool isConnection(void);
    void begin(SPIClass &comm = SPI, uint8_t sspin = SS);
    void begin(TwoWire &comm = Wire, uint8_t address = LIS3DHTR_DEFAULT_ADDRESS);
    void begin(uint8_t address);
    void setFullScaleRange(scale_type_t range);
    void setOutputDataRate(odr_type_t odr);
    bool available();
    void getAcceleration(float *x, float *y, float *z);
    float getAccelerationX(void);
    float getAccelerationY(void);
    float getAccelerationZ(void);
    operator bool();
};
