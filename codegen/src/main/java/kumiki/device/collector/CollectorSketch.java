package kumiki.device.collector;

import java.util.Locale;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;

/**
 * Writes the data-collection sketch: a Wio Terminal program that speaks the collector protocol
 * (docs/device-protocol.md) for one sensor. Kumiki generates it so that the hello line, the columns
 * and the checksum can never drift from what the desktop expects.
 */
public final class CollectorSketch {
    public static final String BOARD = "wio_terminal";

    private CollectorSketch() {
    }

    /** The sketch folder's name: one per sensor, so collectors for different sensors sit side by side. */
    public static String sketchName(CollectorSensor sensor) {
        return "kumiki_collector_" + sensor.name().replace(':', '_');
    }

    public static DeviceHello hello(CollectorSensor sensor, double rate) {
        return new DeviceHello(CollectorProtocol.VERSION, BOARD, sensor.name(), rate, sensor.columns(), sensor.format(),
                sensor.chunk());
    }

    public static String generate(CollectorSensor sensor, double rate) {
        if (!sensor.acceptsRate(rate)) {
            throw new IllegalArgumentException("rate " + rate + " outside " + sensor.minRate() + ".." + sensor.maxRate());
        }
        StringBuilder c = new StringBuilder();
        c.append("// Kumiki data collector for the Seeed Wio Terminal: ").append(sensor.name()).append(" at ")
                .append(DeviceHello.formatRate(rate)).append(" readings per second.\n")
                .append("// Made by `kumiki collector`. It speaks Kumiki's collector protocol, version ")
                .append(CollectorProtocol.VERSION).append(" (docs/device-protocol.md).\n");
        switch (sensor.name()) {
            case "accel" -> c.append("#include \"LIS3DHTR.h\"\n#include <Wire.h>\n");
            default -> {
            }
        }
        c.append("#include <Arduino.h>\n#include <stdio.h>\n\n");
        c.append("static const char HELLO_LINE[] = \"").append(hello(sensor, rate).toLine()).append("\";\n");
        c.append(COMMON);
        if (sensor.name().equals("mic")) {
            c.append(MIC);
        } else {
            c.append(periodic(sensor, rate));
        }
        return c.toString();
    }

    private static String periodic(CollectorSensor sensor, double rate) {
        long periodUs = Math.round(1_000_000.0 / rate);
        StringBuilder c = new StringBuilder();
        String read;
        String setup;
        if (sensor.name().equals("accel")) {
            c.append("\nLIS3DHTR<TwoWire> lis;\n");
            String odr = rate <= 100 ? "LIS3DHTR_DATARATE_100HZ" : rate <= 200 ? "LIS3DHTR_DATARATE_200HZ" : "LIS3DHTR_DATARATE_400HZ";
            setup = "  lis.begin(Wire1);\n  lis.setOutputDataRate(" + odr + ");\n  lis.setFullScaleRange(LIS3DHTR_RANGE_2G);\n";
            read = """
                      float x, y, z;
                      lis.getAcceleration(&x, &y, &z);
                      lineAddFixed(x);
                      lineAddFixed(y);
                      lineAddFixed(z);
                    """;
        } else {
            setup = "  pinMode(" + sensor.pin() + ", INPUT);\n";
            read = "  lineAddInt(analogRead(" + sensor.pin() + "));\n";
        }
        c.append(String.format(Locale.ROOT, """

                // One reading every %d microseconds, scheduled on micros() so the rate holds on average.
                // A reading that cannot be taken in time is skipped but still numbered: the desktop sees the gap.
                static const uint32_t PERIOD_US = %dUL;
                static uint32_t nextDueUs;

                void setup() {
                  Serial.begin(%d);
                %s  announce();
                }

                static void takeReading() {
                  lineStart(seq++);
                %s  lineSend();
                }

                void loop() {
                  pollCommands();
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
                """, periodUs, periodUs, CollectorProtocol.BAUD, setup, read));
        return c.toString();
    }

    /** Line building, checksum and the three commands: the same for every sensor. */
    private static final String COMMON = """

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
              lineLen += snprintf(line + lineLen, sizeof line - lineLen, "*%02X\\n", sum);
              Serial.write((const uint8_t *)line, lineLen);
            }

            static void announce() {
              Serial.println(HELLO_LINE);
            }

            static void runCommand() {
              command[commandLen] = '\\0';
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

            static void pollCommands() {
              while (Serial.available() > 0) {
                int c = Serial.read();
                if (c == '\\n' || c == '\\r') {
                  runCommand();
                } else if (commandLen < (int)sizeof command - 1) {
                  command[commandLen++] = (char)c;
                }
              }
            }
            """;

    /**
     * The microphone at 16 kHz: timer TC5 interrupts 16,000 times a second and takes the latest
     * result of ADC1, which converts the microphone pin continuously. Readings wait in an 8 KB ring
     * (256 ms of sound) while loop() sends chunks; if the cable cannot keep up, whole chunks are
     * skipped and numbered so the desktop reports the loss.
     */
    private static final String MIC = """

            static const int CHUNK = %CHUNK%;
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
              TC5->COUNT16.CC[0].reg = 48000000UL / %RATE%UL - 1;
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
              Serial.begin(%BAUD%);
              startMicrophone();
              announce();
            }

            void loop() {
              pollCommands();
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
            """.replace("%CHUNK%", Integer.toString(CollectorSensor.MIC_CHUNK))
            .replace("%RATE%", Integer.toString(CollectorSensor.MIC_RATE))
            .replace("%BAUD%", Integer.toString(CollectorProtocol.BAUD));
}
