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
        if (sensor.name().equals("accel")) {
            BoardParts.accelerometerIncludes().forEach(line -> c.append(line).append('\n'));
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
            c.append('\n').append(BoardParts.accelerometerGlobal()).append('\n');
            StringBuilder lines = new StringBuilder();
            BoardParts.accelerometerSetup(rate).forEach(line -> lines.append("  ").append(line).append('\n'));
            setup = lines.toString();
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
                %s  buttonSetup();
                  announce();
                }

                static void takeReading() {
                  lineStart(seq++);
                %s  lineSend();
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

            // Button C starts a recording from the board itself: the desktop hears "#BUTTON C" once per
            // press (after 30 ms without bouncing), and only while nothing is being recorded.
            static bool buttonCDown;
            static unsigned long buttonCChangedMs;

            static void buttonSetup() {
              %BUTTON_SETUP%
            }

            static void pollButtonC() {
              bool down = %BUTTON_DOWN%;
              unsigned long now = millis();
              if (down == buttonCDown || now - buttonCChangedMs < 30) return;
              buttonCDown = down;
              buttonCChangedMs = now;
              if (down && !streaming) Serial.println("%BUTTON_C%");
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
            """.replace("%BUTTON_SETUP%", BoardParts.buttonSetup("WIO_KEY_C"))
            .replace("%BUTTON_DOWN%", BoardParts.buttonDown("WIO_KEY_C"))
            .replace("%BUTTON_C%", CollectorProtocol.BUTTON_C);

    /**
     * The microphone at 16 kHz, sampled by the board part every sketch shares (TC5 and ADC1 into an
     * 8 KB ring, 256 ms of sound), while loop() sends chunks; if the cable cannot keep up, whole
     * chunks are skipped and numbered so the desktop reports the loss.
     */
    private static final String MIC = """

            static const int CHUNK = %CHUNK%;
            %SAMPLER%

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
            """.replace("%SAMPLER%\n", BoardParts.microphoneSampler("streaming"))
            .replace("%CHUNK%", Integer.toString(CollectorSensor.MIC_CHUNK))
            .replace("%BAUD%", Integer.toString(CollectorProtocol.BAUD));
}
