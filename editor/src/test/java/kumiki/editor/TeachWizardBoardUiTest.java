package kumiki.editor;

import static kumiki.editor.Page.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import kumiki.device.Socat;
import kumiki.device.WioEmulator;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.serial.BoardKind;
import kumiki.device.serial.DevicePort;
import kumiki.device.serial.DeviceSession;
import kumiki.device.serial.JSerialCommLink;
import kumiki.editor.ui.MainWindow;
import kumiki.ml.dataset.Sample;
import kumiki.ml.synth.SampleSet;
import kumiki.project.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard with a board: the Wio emulator on a socat pseudo-terminal, through the real serial code.
 * Five waves in a row are recorded through the wizard, one more with the board's button C; the cable
 * is pulled during the next run and
 * every example before it stays; then, plugged back, the board streams a recorded minute of movements
 * and the wizard recognises them live with the model it trained.
 */
@ExtendWith(ApplicationExtension.class)
class TeachWizardBoardUiTest {
    @TempDir
    static Path home;

    static Socat socat;
    static WioEmulator board;

    EditorViewModel vm;
    MainWindow window;
    DeviceViewModel device;

    @Start
    void start(Stage stage) throws Exception {
        socat = new Socat(home.resolve("pty")).start();
        board = new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5);
        vm = new EditorViewModel(new RecoveryStore(home.resolve("recovery")));
        vm.newProject();
        DevicePort wio = new DevicePort(socat.host(), "Wio Terminal", BoardKind.SEEED_VID, BoardKind.WIO_PID,
                BoardKind.WIO_TERMINAL);
        device = new DeviceViewModel(new DeviceSession(p -> JSerialCommLink.open(p, CollectorProtocol.BAUD), 5000),
                javafx.application.Platform::runLater, () -> List.of(wio));
        window = new MainWindow(stage, vm, device);
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        Page.closeWindows();
        device.close();
        board.close();
        socat.close();
        vm.awaitWrites();
    }

    private static boolean present(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().isPresent()).get(20, TimeUnit.SECONDS);
    }

    private int waves() {
        return vm.sampleCounts().getOrDefault("wave", 0);
    }

    private void connect(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            device.refreshPorts();
            return null;
        }).get(20, TimeUnit.SECONDS);
        waitUntil("the board is found", () -> socat.host().equals(device.portProperty().get()));
        WaitForAsyncUtils.asyncFx(device::connect).get(20, TimeUnit.SECONDS);
        waitUntil("connected", () -> device.stateProperty().get() == DeviceSession.State.CONNECTED);
    }

    /** Teach → a movement → the suggested names → the Examples step, as a child clicks through. */
    private static void openExamplesOfAMovement(FxRobot robot) throws Exception {
        robot.clickOn("#tool-teach");
        waitUntil("the wizard is open", () -> present(robot, "#teach-kind-motion"));
        robot.clickOn("#teach-kind-motion");
        robot.clickOn("#teach-next");
        waitUntil("the names step", () -> present(robot, "#teach-chip-idle"));
        robot.clickOn("#teach-next");
        waitUntil("the examples step", () -> present(robot, "#teach-record"));
    }

    @Test
    void recordFiveInARowKeepEveryExampleThroughAnUnplugAndRecogniseALiveStream(FxRobot robot) throws Exception {
        connect(robot);
        openExamplesOfAMovement(robot);

        // Five waves in a row, each with its countdown, each in the project the moment it is complete.
        robot.clickOn("#teach-record-five");
        robot.clickOn("#teach-record");
        waitUntil("five waves are in the project", () -> waves() == 5);
        waitUntil("the run is over", () -> !WaitForAsyncUtils.asyncFx(() -> robot.lookup("#teach-record").queryButton().isDisabled())
                .get(20, TimeUnit.SECONDS));
        assertThat(vm.project().files().keySet().stream().filter(k -> k.startsWith("data/wave.")).toList()).hasSize(5);

        // Button C on the board records one more, as the Record button does.
        robot.clickOn("#teach-record-five");
        board.pressButtonC();
        waitUntil("button C recorded a sixth wave", () -> waves() == 6);
        waitUntil("that run is over", () -> !WaitForAsyncUtils.asyncFx(() -> robot.lookup("#teach-record").queryButton().isDisabled())
                .get(20, TimeUnit.SECONDS));
        robot.clickOn("#teach-record-five");

        // The next run: the cable is pulled after the first example. Everything before stays.
        robot.clickOn("#teach-record");
        waitUntil("a seventh wave", () -> waves() == 7);
        Thread.sleep(1500); // inside the next countdown or recording
        socat.unplug();
        board.close();
        waitUntil("the wizard says the run stopped", () -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#teach-message").queryLabeled().getText()).get(20, TimeUnit.SECONDS).contains("recorded before are kept"));
        assertThat(waves()).isEqualTo(7);
        vm.awaitWrites();
        assertThat(ProjectFile.read(home.resolve("recovery/recovery.kumiki")).files().keySet().stream()
                .filter(k -> k.startsWith("data/wave.")).count()).isEqualTo(7);

        // The built-in examples join the recorded ones, and the model is trained on all of them.
        robot.clickOn("#teach-sample-set");
        waitUntil("67 examples", () -> vm.sampleCounts().values().stream().mapToInt(i -> i).sum() == 67);
        robot.clickOn("#teach-next");
        waitUntil("the train step", () -> present(robot, "#teach-train"));
        robot.clickOn("#teach-preset-small");
        robot.clickOn("#teach-train");
        waitUntil("the results", () -> present(robot, "#teach-accuracy"));
        robot.clickOn("#teach-next");
        waitUntil("the try step", () -> present(robot, "#teach-try-live"));

        // Plugged back, the board streams a recorded minute of movements by a child the model never saw.
        socat.start();
        Sample stream = SampleSet.stream();
        board = new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5);
        String hello = board.hello().toLine();
        board.scripted(hello, i -> i < stream.length() ? CollectorProtocol.dataLine(i, String.format(Locale.ROOT,
                "%.4f,%.4f,%.4f", stream.values()[0][(int) i], stream.values()[1][(int) i], stream.values()[2][(int) i])) : null, 16);
        connect(robot);
        robot.clickOn("#teach-try-live");
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        javafx.beans.value.ChangeListener<String> watch = (o, a, b) -> seen.add(b);
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#teach-recognised").queryAs(javafx.scene.control.Label.class).textProperty().addListener(watch);
            return null;
        }).get(20, TimeUnit.SECONDS);
        waitUntil("a movement is recognised live", () -> seen.stream().anyMatch(l -> List.of("wave", "shake", "circle").contains(l)));
        robot.clickOn("#teach-try-stop");
    }

    /**
     * The stand-in arduino-cli of the device tests (it replays what the real one printed), wrapped so
     * that it logs its calls to {@code calls}: the editor runs it with the machine's own environment.
     */
    private static Path standInArduinoCli(Path calls) throws Exception {
        Path fixture = Path.of("../device/src/test/resources/arduino-cli/arduino-cli").toAbsolutePath().normalize();
        Path wrapper = home.resolve("bin/arduino-cli");
        java.nio.file.Files.createDirectories(wrapper.getParent());
        java.nio.file.Files.writeString(wrapper, "#!/bin/sh\nFAKE_CLI_LOG='" + calls + "' FAKE_CLI_SCENARIO=success exec sh '"
                + fixture + "' \"$@\"\n");
        assertThat(wrapper.toFile().setExecutable(true)).isTrue();
        return wrapper;
    }

    /**
     * A board running a child's program: Record first puts Kumiki's recorder on it (compile and upload
     * through arduino-cli, its words in the wizard), then records, drawing the readings as they come.
     */
    @Test
    void aBoardRunningSomethingElseGetsTheRecorderFirstAndTheRecordingIsPlottedLive(FxRobot robot) throws Exception {
        board.personality(WioEmulator.Personality.OTHER_PROGRAM);
        Path calls = home.resolve("calls.log");
        Path cli = standInArduinoCli(calls);
        device.setArduinoCliFinder(p -> java.util.Optional.of(cli));
        connect(robot);
        openExamplesOfAMovement(robot);

        // The real board restarts with the new program once it is uploaded; the emulator does the same.
        Thread restart = new Thread(() -> {
            try {
                waitUntil("arduino-cli is asked to upload", () -> java.nio.file.Files.exists(calls)
                        && java.nio.file.Files.readString(calls).contains("upload"));
                board.personality(WioEmulator.Personality.COLLECTOR);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        restart.setDaemon(true);
        restart.start();
        java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#teach-message").queryLabeled().textProperty().addListener((o, a, b) -> said.add(b));
            return null;
        }).get(20, TimeUnit.SECONDS);
        robot.clickOn("#teach-record");
        waitUntil("the plot shows readings", () -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#teach-live-plot").query().isVisible()).get(20, TimeUnit.SECONDS)
                && teachVm().liveTraceProperty().get().length == 3 && teachVm().liveTraceProperty().get()[0].length > 40);
        var image = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#teach-live-plot").query().getScene().getRoot()
                .snapshot(null, null)).get(20, TimeUnit.SECONDS);
        java.awt.image.BufferedImage plot = javafx.embed.swing.SwingFXUtils.fromFXImage(WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#teach-live-plot").query().snapshot(null, null)).get(20, TimeUnit.SECONDS), null);
        Path shots = Path.of("target/teach-shots");
        java.nio.file.Files.createDirectories(shots);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                shots.resolve("en-3-examples-recording-live.png").toFile());
        waitUntil("a wave is in the project", () -> waves() == 1);

        String log = java.nio.file.Files.readString(calls);
        assertThat(log).contains("compile --fqbn Seeeduino:samd:seeed_wio_terminal")
                .contains("upload --fqbn Seeeduino:samd:seeed_wio_terminal --port " + socat.host())
                .contains("kumiki_collector_accel");
        assertThat(said).anySatisfy(m -> assertThat(m).startsWith("Putting Kumiki's recorder on the board"));
        assertThat(said).anySatisfy(m -> assertThat(m).startsWith("Recording one wave"));
        // The plot drew what the board had sent by then: the x line (red) starts at the left and has
        // not reached the right edge, because the example was not over.
        int left = 0;
        int right = 0;
        for (int y = 0; y < plot.getHeight(); y++) {
            for (int x = 0; x < plot.getWidth(); x++) {
                java.awt.Color c = new java.awt.Color(plot.getRGB(x, y));
                if (c.getRed() > 180 && c.getGreen() < 110 && c.getBlue() < 110) {
                    if (x < plot.getWidth() / 10) {
                        left++;
                    } else if (x > plot.getWidth() * 9 / 10) {
                        right++;
                    }
                }
            }
        }
        assertThat(left).as("red pixels at the left of the live plot").isGreaterThan(5);
        assertThat(right).as("red pixels at the right of the live plot").isZero();
    }

    private TeachViewModel teachVm() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.openTeach().viewModel()).get(20, TimeUnit.SECONDS);
    }
}
