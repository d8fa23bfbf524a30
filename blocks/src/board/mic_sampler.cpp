static const uint32_t RING = 4096;
static volatile int16_t ring[RING];
static volatile uint32_t ringHead;
static uint32_t ringTail;

void TC5_Handler() {
  TC5->COUNT16.INTFLAG.reg = TC_INTFLAG_MC0;
  if (%ACTIVE%) {
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
  TC5->COUNT16.CC[0].reg = 48000000UL / %RATE%UL - 1;
  while (TC5->COUNT16.SYNCBUSY.bit.CC0);
  TC5->COUNT16.INTENSET.reg = TC_INTENSET_MC0;
  NVIC_SetPriority(TC5_IRQn, 0);
  NVIC_EnableIRQ(TC5_IRQn);
  TC5->COUNT16.CTRLA.bit.ENABLE = 1;
  while (TC5->COUNT16.SYNCBUSY.bit.ENABLE);
}
