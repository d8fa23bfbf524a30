package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import kumiki.codegen.SketchBuilder;
import kumiki.device.capture.Handshake;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.serial.BoardKind;
import kumiki.device.serial.DevicePort;
import kumiki.device.serial.DeviceSession;
import kumiki.device.serial.JSerialCommLink;
import kumiki.device.upload.ArduinoCliLocator;
import kumiki.device.upload.ArduinoCliOutput;
import kumiki.device.upload.BootloaderTouch;
import kumiki.device.upload.ProjectUploader;
import kumiki.device.upload.UploadListener;
import kumiki.device.upload.UploadProblem;
import kumiki.device.upload.UploadResult;
import kumiki.device.upload.UploadRunner;
import kumiki.project.BundledSamples;
import kumiki.project.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upload through a stand-in arduino-cli found on PATH: it records its arguments and replays what the
 * real one printed (src/test/resources/arduino-cli). Checks the arguments, the progress and the words.
 */
@Timeout(60)
class UploadTest {
    @TempDir
    Path tmp;
    Path bin;
    Path log;

    @BeforeEach
    void installStandIn() throws IOException {
        bin = tmp.resolve("bin");
        Path fixtures = Path.of("src/test/resources/arduino-cli").toAbsolutePath();
        // A copy per test so the call counter starts at zero; the scenarios stay where they are.
        Files.createDirectories(bin);
        Path script = bin.resolve("arduino-cli");
        Files.writeString(script, Files.readString(fixtures.resolve("arduino-cli"))
                .replace("here=\"$(cd \"$(dirname \"$0\")\" && pwd)\"", "here=\"" + fixtures + "\""));
        script.toFile().setExecutable(true);
        log = tmp.resolve("calls.log");
    }

    private UploadRunner runner(String scenario, BootloaderTouch touch) {
        String path = "/nonexistent:" + bin + ":/usr/bin";
        Path cli = new ArduinoCliLocator(path, tmp, "Linux", null, List.of()).find(null).orElseThrow();
        assertThat(cli).isEqualTo(bin.resolve("arduino-cli"));
        return new UploadRunner(cli, Map.of("FAKE_CLI_LOG", log.toString(), "FAKE_CLI_SCENARIO", scenario), touch);
    }

    /**
     * A Teach project: arduino-cli does not have tflm_cortexm yet, so Kumiki installs the pinned version,
     * finds its folder in arduino-cli's list and copies it into the sketch, which then names it from src/.
     */
    @Test
    void aTeachSketchGetsTflmInstalledAndCopiedIntoItsSrcFolder() throws Exception {
        Path libraries = TeachSketchFixtures.installedTflm(tmp);
        String path = "/nonexistent:" + bin + ":/usr/bin";
        Path cli = new ArduinoCliLocator(path, tmp, "Linux", null, List.of()).find(null).orElseThrow();
        UploadRunner runner = new UploadRunner(cli, Map.of("FAKE_CLI_LOG", log.toString(), "FAKE_CLI_SCENARIO", "teach-vendored",
                "FAKE_CLI_LIBRARIES", libraries.toString()), null);
        Project teach = TeachSketchFixtures.teachProgram();
        UploadResult r = new ProjectUploader(runner, tmp.resolve("work")).upload(teach, "/dev/ttyACM0", new Recorder());
        assertThat(r.ok()).as(String.join("\n", r.output())).isTrue();
        Path sketch = tmp.resolve("work").resolve(SketchBuilder.sketchName(teach.name()));
        assertThat(calls()).containsSubsequence("lib list --format json", "lib install tflm_cortexm@1.0.0",
                "lib list --format json", "compile --fqbn Seeeduino:samd:seeed_wio_terminal " + sketch);
        assertThat(sketch.resolve("src/tflm_cortexm/tensorflow/lite/micro.h")).exists();
        assertThat(sketch.resolve("src/tflm_cortexm/tflm_cortexm.h")).content().contains("#include \"tensorflow/lite/micro.h\"");
        assertThat(sketch.resolve(sketch.getFileName() + ".ino")).content()
                .contains("#include \"src/tflm_cortexm/tflm_cortexm.h\"").doesNotContain("#include <tflm_cortexm.h>");
        assertThat(sketch.resolve("sketch.yaml")).content().doesNotContain("tflm_cortexm");
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(log);
    }

    private static final class Recorder implements UploadListener {
        final List<Stage> stages = new CopyOnWriteArrayList<>();
        final List<Double> progress = new CopyOnWriteArrayList<>();

        @Override
        public void stage(Stage stage) {
            stages.add(stage);
        }

        @Override
        public void progress(double fraction) {
            progress.add(fraction);
        }
    }

    private Project hello() throws Exception {
        return BundledSamples.load("hello-screen");
    }

    @Test
    void successCompilesThenUploadsWithTheBoardAndPortAndShowsProgress() throws Exception {
        Recorder rec = new Recorder();
        UploadResult r = new ProjectUploader(runner("success", null), tmp.resolve("work"))
                .upload(hello(), "/dev/ttyACM0", rec);
        assertThat(r.ok()).isTrue();
        Path sketch = tmp.resolve("work/Hello_screen");
        assertThat(calls()).containsExactly(
                "compile --fqbn Seeeduino:samd:seeed_wio_terminal " + sketch,
                "upload --fqbn Seeeduino:samd:seeed_wio_terminal --port /dev/ttyACM0 " + sketch);
        assertThat(sketch.resolve("sketch.yaml")).content().contains("fqbn: " + SketchBuilder.FQBN);
        assertThat(sketch.resolve("Hello_screen.ino")).exists();
        assertThat(rec.stages).containsExactly(UploadListener.Stage.COMPILING, UploadListener.Stage.UPLOADING,
                UploadListener.Stage.DONE);
        // bossac's bar (32%, 64%, 100%) moves the second half of the bar, never backwards.
        assertThat(rec.progress.stream().map(p -> Math.round(p * 100) / 100.0).toList())
                .contains(0.0, 0.5, 0.66, 0.82, 1.0).isSorted();
    }

    @Test
    void aMissingBoardCoreNamesTheInstallCommand() throws Exception {
        UploadResult r = new ProjectUploader(runner("missing-core", null), tmp.resolve("work"))
                .upload(hello(), "/dev/ttyACM0", UploadListener.NONE);
        assertThat(r.ok()).isFalse();
        assertThat(r.problem().kind()).isEqualTo(UploadProblem.Kind.MISSING_CORE);
        assertThat(r.problem().message(Locale.ENGLISH)).contains("board package is not installed",
                "arduino-cli core install Seeeduino:samd --additional-urls https://files.seeedstudio.com/arduino/package_seeeduino_boards_index.json");
        assertThat(r.problem().message(Locale.JAPANESE)).contains("ボードパッケージ", "arduino-cli core install Seeeduino:samd");
        assertThat(calls()).hasSize(1).allMatch(c -> c.startsWith("compile "));
    }

    @Test
    void aMissingLibraryNamesTheLibraryToInstall() throws Exception {
        UploadResult r = runner("missing-library", null).compileAndUpload(tmp, "/dev/ttyACM0", UploadListener.NONE);
        assertThat(r.problem().kind()).isEqualTo(UploadProblem.Kind.MISSING_LIBRARY);
        assertThat(r.problem().message(Locale.ENGLISH))
                .endsWith("arduino-cli lib install \"Grove-3-Axis-Digital-Accelerometer-2g-to-16g-LIS3DHTR\"");
    }

    @Test
    void aMissingTflmNamesTheLibraryTheTeachSketchPins() {
        UploadProblem p = ArduinoCliOutput.problem(java.util.List.of(
                "Gestures.ino:2:10: fatal error: tflm_cortexm.h: No such file or directory", "compilation terminated."));
        assertThat(p.kind()).isEqualTo(UploadProblem.Kind.MISSING_LIBRARY);
        assertThat(p.message(Locale.ENGLISH)).endsWith("arduino-cli lib install \"tflm_cortexm@1.0.0\"");
    }

    @Test
    void aCompileErrorPointsAtTheBlockThatWroteTheLine() throws Exception {
        Project project = hello();
        UploadResult r = new ProjectUploader(runner("compile-error", null), tmp.resolve("work"))
                .upload(project, "/dev/ttyACM0", UploadListener.NONE);
        assertThat(r.problem().kind()).isEqualTo(UploadProblem.Kind.COMPILE_ERROR);
        assertThat(r.problem().line()).isEqualTo(19);
        assertThat(r.problem().message(Locale.ENGLISH)).contains("line 19", "'kumiki_drawText' was not declared");
        // Line 19 of the Hello screen sketch is the first "show text" block's call.
        String block = r.problem().blockId();
        assertThat(block).isNotNull();
        assertThat(project.workspaceJson()).contains("\"id\":\"" + block + "\"");
        int at = project.workspaceJson().indexOf("\"id\":\"" + block + "\"");
        assertThat(project.workspaceJson().substring(Math.max(0, at - 60), at)).contains("kumiki_screen_text");
    }

    @Test
    void aBusyPortSaysWhatToClose() throws Exception {
        UploadResult r = runner("busy-port", null).compileAndUpload(tmp, "/dev/ttyACM0", UploadListener.NONE);
        assertThat(r.problem().kind()).isEqualTo(UploadProblem.Kind.PORT_BUSY);
        assertThat(r.problem().message(Locale.ENGLISH)).contains("port is busy", "serial monitor");
        assertThat(calls()).hasSize(2);
    }

    /** "No device found": Kumiki does the 1200-baud touch itself and tries again on the bootloader's port. */
    @Test
    void aBoardThatDoesNotAnswerIsResetIntoItsBootloaderAndTriedAgain() throws Exception {
        try (Socat socat = new Socat(tmp.resolve("pty")).start()) {
            DevicePort bootloader = new DevicePort("/dev/ttyACM7", "Wio Terminal (bootloader)", BoardKind.SEEED_VID,
                    BoardKind.WIO_BOOTLOADER_PID, BoardKind.WIO_TERMINAL_BOOTLOADER);
            List<String> touched = new ArrayList<>();
            BootloaderTouch touch = new BootloaderTouch(() -> {
                touched.add("scan");
                return List.of(bootloader);
            }, 2000);
            Recorder rec = new Recorder();
            UploadResult r = runner("no-device-then-bootloader", touch).compileAndUpload(tmp, socat.host(), rec);
            assertThat(r.ok()).isTrue();
            assertThat(calls()).containsExactly(
                    "compile --fqbn Seeeduino:samd:seeed_wio_terminal " + tmp,
                    "upload --fqbn Seeeduino:samd:seeed_wio_terminal --port " + socat.host() + " " + tmp,
                    "upload --fqbn Seeeduino:samd:seeed_wio_terminal --port /dev/ttyACM7 " + tmp);
            assertThat(rec.stages).containsSubsequence(UploadListener.Stage.RESETTING, UploadListener.Stage.UPLOADING,
                    UploadListener.Stage.DONE);
            assertThat(touched).isNotEmpty();
        }
    }

    @Test
    void arduinoCliIsFoundInsideAnArduinoIde2Install() throws IOException {
        Path ide = tmp.resolve("Arduino IDE");
        Path inner = ide.resolve("resources/app/lib/backend/resources/arduino-cli");
        Files.createDirectories(inner.getParent());
        Files.copy(bin.resolve("arduino-cli"), inner, StandardCopyOption.REPLACE_EXISTING);
        inner.toFile().setExecutable(true);
        ArduinoCliLocator none = new ArduinoCliLocator("/nonexistent", tmp, "Linux", null, List.of());
        assertThat(none.find(null)).isEmpty();
        ArduinoCliLocator withIde = new ArduinoCliLocator("/nonexistent", tmp, "Linux", null, List.of(ide));
        assertThat(withIde.find(null)).contains(inner);
        // A path set in preferences wins over everything else.
        assertThat(withIde.find(bin.resolve("arduino-cli").toString())).contains(bin.resolve("arduino-cli"));
    }

    /** The monitor lets go of the port for the upload and takes it back afterwards. */
    @Test
    void theMonitorReleasesThePortDuringUploadAndReconnectsAfter() throws Exception {
        try (Socat socat = new Socat(tmp.resolve("pty")).start();
             WioEmulator board = new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5);
             DeviceSession session = new DeviceSession(p -> JSerialCommLink.open(p, CollectorProtocol.BAUD), 5000)) {
            List<String> events = new CopyOnWriteArrayList<>();
            session.addListener((state, port) -> events.add(state.name()));
            session.connect(socat.host());
            UploadResult r = session.whilePortReleased(() -> {
                events.add("upload, connected=" + (session.connection() != null));
                return runner("success", null).compileAndUpload(tmp, socat.host(), UploadListener.NONE);
            });
            assertThat(r.ok()).isTrue();
            assertThat(events).containsExactly("CONNECTED", "RELEASED", "upload, connected=false", "CONNECTED");
            assertThat(Handshake.run(session.connection(), Handshake.DEFAULT_TIMEOUT).sensor()).isEqualTo("accel");
        }
    }

    /** Unplugged: the session says so, notices when the board is back, and reconnecting works. */
    @Test
    void afterAnUnplugTheSessionOffersToReconnectWhenTheBoardIsBack() throws Exception {
        try (Socat socat = new Socat(tmp.resolve("pty")).start();
             DeviceSession session = new DeviceSession(p -> JSerialCommLink.open(p, CollectorProtocol.BAUD), 5000)) {
            List<DeviceSession.State> states = new CopyOnWriteArrayList<>();
            session.addListener((state, port) -> states.add(state));
            WioEmulator board = new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5);
            session.connect(socat.host());
            socat.unplug();
            board.close();
            waitFor(() -> states.contains(DeviceSession.State.LOST));
            Thread.sleep(700);
            assertThat(states).doesNotContain(DeviceSession.State.AVAILABLE_AGAIN);
            socat.start();
            try (WioEmulator again = new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5)) {
                waitFor(() -> states.contains(DeviceSession.State.AVAILABLE_AGAIN));
                session.connect(session.port());
                assertThat(Handshake.run(session.connection(), Handshake.DEFAULT_TIMEOUT).rate()).isEqualTo(62.5);
            }
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

}
