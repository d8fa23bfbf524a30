package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import kumiki.codegen.Golden;
import kumiki.codegen.Gxx;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.collector.CollectorSketch;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.protocol.DeviceLine;
import kumiki.device.protocol.LineParser;
import kumiki.device.protocol.SampleFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated collector sketches: read by a person (goldens), accepted by g++, and understood by our parser. */
class CollectorSketchTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"accel", "light", "analog:A0", "mic"})
    void goldenAndCompiles(String name) throws Exception {
        CollectorSensor sensor = CollectorSensor.parse(name);
        String code = CollectorSketch.generate(sensor, sensor.defaultRate());
        Golden.assertMatches("collector/" + name.replace(':', '_') + ".ino", code);
        assertThat(Gxx.syntaxErrors(code)).as("g++ -fsyntax-only").isEmpty();
    }

    @Test
    void microphoneIsTimerDrivenNotAnalogReadInALoop() {
        String code = CollectorSketch.generate(CollectorSensor.mic(), 16000);
        assertThat(code).contains("void TC5_Handler()", "ADC_CTRLB_FREERUN", "48000000UL / 16000UL - 1");
        String loop = code.substring(code.indexOf("void loop()"));
        assertThat(loop.substring(0, loop.indexOf("\n}\n"))).doesNotContain("analogRead");
    }

    /** The accelerometer sketch, run on this machine for 2 s of fake time, speaks the protocol exactly. */
    @Test
    void accelerometerSketchRunsAndSpeaksTheProtocol() throws Exception {
        List<String> lines = runOnHost(CollectorSensor.accel(), 62.5, 2.0, 1000);
        DeviceHello hello = ((DeviceLine.Hello) LineParser.parse(lines.get(0))).hello();
        assertThat(hello).isEqualTo(new DeviceHello(1, "wio_terminal", "accel", 62.5, List.of("accX", "accY", "accZ"),
                SampleFormat.CSV, 1));
        assertThat(lines).contains("#STARTED", "#STOPPED", "#ERR unknown command");
        // Button C, pressed once (with a bounce) after the recording: said once, as a control line.
        assertThat(lines.stream().filter(l -> l.equals(CollectorProtocol.BUTTON_C))).hasSize(1);
        assertThat(LineParser.parse(CollectorProtocol.BUTTON_C)).isEqualTo(new DeviceLine.Control("#BUTTON C", ""));
        List<DeviceLine.Data> data = data(lines);
        assertThat(data).hasSize(125);   // 2 s at 62.5 per second, one every 16 ms
        for (int k = 0; k < data.size(); k++) {
            assertThat(data.get(k).seq()).isEqualTo(k);
            String expected = String.format(Locale.ROOT, "%.4f,%.4f,%.4f", ((k % 33) - 16) * 0.0625,
                    ((k % 7) - 3) * 0.0625, 1.0 - (k % 5) * 0.0625);
            assertThat(data.get(k).payload()).isEqualTo(expected);
        }
    }

    /** A loop too slow for the rate skips readings but numbers them: the desktop sees the gaps. */
    @Test
    void lightSketchNumbersReadingsItCouldNotTake() throws Exception {
        // 50 readings per second asked (a slot every 20 ms), but loop() only runs every 50 ms: at 50 ms
        // it takes the 40 ms slot (number 2), at 100 ms the 100 ms slot (number 5), and so on.
        List<DeviceLine.Data> data = data(runOnHost(CollectorSensor.light(), 50, 1.0, 50_000));
        assertThat(data).hasSize(20);
        for (int i = 0; i < data.size(); i++) {
            assertThat(data.get(i).seq()).isEqualTo(50L * i / 20);
            assertThat(data.get(i).payload()).isEqualTo(Integer.toString(i));
        }
    }

    private static List<DeviceLine.Data> data(List<String> lines) {
        List<DeviceLine.Data> data = new ArrayList<>();
        for (String line : lines) {
            DeviceLine parsed = LineParser.parse(line);
            assertThat(parsed).as(line).isNotInstanceOf(DeviceLine.Damaged.class);
            if (parsed instanceof DeviceLine.Data d) {
                data.add(d);
            }
        }
        return data;
    }

    private List<String> runOnHost(CollectorSensor sensor, double rate, double seconds, long stepMicros) throws Exception {
        Path cpp = tmp.resolve("run.cpp");
        String harness = new String(getClass().getResourceAsStream("/collector/host_harness.cpp").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(cpp, harness + "\n#line 1 \"collector.ino\"\n" + CollectorSketch.generate(sensor, rate));
        Path exe = tmp.resolve("run");
        run(List.of("g++", "-std=gnu++11", "-o", exe.toString(), "-I", Gxx.stubs().toAbsolutePath().toString(),
                cpp.toString()));
        String out = run(List.of(exe.toString(), Double.toString(seconds), Long.toString(stepMicros)));
        return out.lines().toList();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
