package kumiki.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kumiki.device.Socat;
import kumiki.device.WioEmulator;
import kumiki.device.collector.CollectorSensor;
import kumiki.project.BundledSamples;
import kumiki.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kumiki ports | monitor | capture | upload} as a teacher would type them. */
@Timeout(90)
class DeviceCliTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run kumiki(String... args) {
        CommandLine cli = KumikiCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(TerminalText.writer(out));
        cli.setErr(TerminalText.writer(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void captureRecordsExamplesIntoTheDatasetFolder() throws Exception {
        try (Socat socat = new Socat(tmp.resolve("pty")).start();
             WioEmulator board = new WioEmulator(socat.board(), CollectorSensor.light(), 50)) {
            Run r = kumiki("capture", "--port", socat.host(), "--label", "dark", "--seconds", "0.4", "--count", "2",
                    "--countdown", "0", "--data", tmp.resolve("data").toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("Saved dark.s1.001.csv (20 readings).", "Saved dark.s1.002.csv (20 readings).");
            assertThat(r.err()).contains("[##############################] Recording 'dark' (2 of 2)");
            assertThat(Files.readAllLines(tmp.resolve("data/dark.s1.002.csv")))
                    .hasSize(21).startsWith("timestamp,value", "0," + board.sessions().get(1).get(0));

            Run json = kumiki("capture", "--port", socat.host(), "--label", "light", "--seconds", "0.2",
                    "--countdown", "0", "--data", tmp.resolve("data").toString(), "--json");
            JsonNode n = new ObjectMapper().readTree(json.out());
            assertThat(n.path("ok").asBoolean()).isTrue();
            assertThat(n.path("examples").get(0).path("file").asText()).endsWith("light.s2.001.csv");
        }
    }

    @Test
    void badInputIsOneClearLineAndExitTwo() {
        Run label = kumiki("capture", "--port", "/dev/null", "--label", "a.b", "--seconds", "1", "--data", tmp.toString());
        assertThat(label.exit()).isEqualTo(2);
        assertThat(label.err().strip()).isEqualTo("Error: 'a.b' cannot be a label. Use letters, numbers, '_' or '-'"
                + " (no dots or spaces), up to 40 characters.");
        Run port = kumiki("capture", "--port", tmp.resolve("ttyNONE").toString(), "--label", "a", "--seconds", "1",
                "--data", tmp.toString());
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err().lines().count()).isEqualTo(1);
        assertThat(port.err()).contains("There is no port", "Plug in the Wio Terminal");
    }

    @Test
    void monitorPrintsWhatTheBoardPrints() throws Exception {
        try (Socat socat = new Socat(tmp.resolve("pty")).start();
             WioEmulator board = new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5)) {
            Thread printer = new Thread(() -> {
                try {
                    Thread.sleep(500);
                    board.print("score:3,lives:2");
                    board.print("こんにちは");
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            });
            printer.start();
            Run r = kumiki("monitor", socat.host(), "--seconds", "1.5");
            printer.join();
            assertThat(r.exit()).isZero();
            assertThat(r.out()).isEqualTo("score:3,lives:2" + System.lineSeparator() + "こんにちは" + System.lineSeparator());
        }
    }

    @Test
    void portsListsWithoutFailing() throws Exception {
        Run r = kumiki("ports", "--json");
        assertThat(r.exit()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).path("ports").isArray()).isTrue();
    }

    @Test
    void uploadRunsArduinoCliAndReportsTheBlockOfACompileError() throws Exception {
        Path project = tmp.resolve("Hello.kumiki");
        ProjectFile.write(project, BundledSamples.load("hello-screen"));
        Path fixtures = Path.of(System.getProperty("kumiki.arduinoCliFixtures", "../device/src/test/resources/arduino-cli")).toAbsolutePath();
        Path ok = wrapper("ok", fixtures, "success");
        Path broken = wrapper("broken", fixtures, "compile-error");

        Run r = kumiki("upload", project.toString(), "--port", "/dev/ttyACM0", "--arduino-cli", ok.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("'Hello screen' is on the board at /dev/ttyACM0.");
        assertThat(r.err()).contains("Uploading");
        assertThat(Files.readAllLines(tmp.resolve("ok.log"))).hasSize(2);

        Run bad = kumiki("upload", project.toString(), "--port", "/dev/ttyACM0", "--arduino-cli", broken.toString(), "--json");
        assertThat(bad.exit()).isEqualTo(1);
        JsonNode problem = new ObjectMapper().readTree(bad.out()).path("problem");
        assertThat(problem.path("kind").asText()).isEqualTo("compile_error");
        assertThat(problem.path("line").asInt()).isEqualTo(19);
        assertThat(problem.path("blockId").asText()).isNotBlank();
    }

    /**
     * A Teach program compiled on the command line carries TFLM in its own src/, as Export and Upload
     * make it: arduino-cli installs the pinned library, Kumiki copies it, sketch.yaml no longer names it.
     * Without an arduino-cli the sketch is written as before, with one line that says it will not link.
     */
    @Test
    void compileCopiesTflmIntoATeachSketchAndSaysSoWhenItCannot() throws Exception {
        Path libraries = kumiki.device.TeachSketchFixtures.installedTflm(tmp);
        Path project = tmp.resolve("Teach.kumiki");
        ProjectFile.write(project, kumiki.device.TeachSketchFixtures.teachProgram());
        Path fixtures = Path.of(System.getProperty("kumiki.arduinoCliFixtures", "../device/src/test/resources/arduino-cli")).toAbsolutePath();
        Path cli = wrapper("teach", fixtures, "teach-vendored", "FAKE_CLI_LIBRARIES='" + libraries + "' ");

        Run r = kumiki("compile", project.toString(), "-o", tmp.resolve("out").toString(), "--arduino-cli", cli.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("tflm_cortexm");
        Path sketch;
        try (var found = Files.list(tmp.resolve("out"))) {
            sketch = found.findFirst().orElseThrow();
        }
        assertThat(Files.readAllLines(tmp.resolve("teach.log"))).containsSubsequence(
                "lib list --format json", "lib install tflm_cortexm@1.0.0", "lib list --format json");
        assertThat(sketch.resolve("src/tflm_cortexm/tensorflow/lite/micro.h")).exists();
        assertThat(sketch.resolve(sketch.getFileName() + ".ino")).content().contains("#include \"src/tflm_cortexm/tflm_cortexm.h\"");
        assertThat(sketch.resolve("sketch.yaml")).content().doesNotContain("tflm_cortexm");

        Run without = kumiki("compile", project.toString(), "-o", tmp.resolve("plain").toString(),
                "--arduino-cli", tmp.resolve("no-such-arduino-cli").toString());
        assertThat(without.exit()).as(without.err()).isZero();
        if (kumiki.device.upload.ArduinoCliLocator.forThisMachine().find(null).isEmpty()) {
            assertThat(without.err()).contains("! tflm_cortexm is not in the sketch: arduino-cli was not found");
            try (var found = Files.list(tmp.resolve("plain"))) {
                assertThat(found.findFirst().orElseThrow().resolve("sketch.yaml")).content().contains("tflm_cortexm");
            }
        }
    }

    /** The JVM cannot change its own environment, so each scenario gets a wrapper that sets it. */
    private Path wrapper(String name, Path fixtures, String scenario) throws Exception {
        return wrapper(name, fixtures, scenario, "");
    }

    private Path wrapper(String name, Path fixtures, String scenario, String moreEnvironment) throws Exception {
        Path w = tmp.resolve(name + ".sh");
        Files.writeString(w, "#!/bin/sh\n" + moreEnvironment + "FAKE_CLI_LOG='" + tmp.resolve(name + ".log") + "' FAKE_CLI_SCENARIO=" + scenario
                + " exec '" + fixtures.resolve("arduino-cli") + "' \"$@\"\n");
        w.toFile().setExecutable(true);
        fixtures.resolve("arduino-cli").toFile().setExecutable(true);
        return w;
    }
}
