package kumiki.editor;

import static kumiki.editor.Page.waitUntil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kumiki.device.Socat;
import kumiki.device.WioEmulator;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.serial.BoardKind;
import kumiki.device.serial.DevicePort;
import kumiki.device.serial.DeviceSession;
import kumiki.device.serial.JSerialCommLink;
import kumiki.editor.ui.MainWindow;
import kumiki.editor.ui.PlotterView;
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
 * The board panel in the real window, against the Wio emulator on a socat pseudo-terminal:
 * connect, watch a recorded plot stream draw, record an example into the project, survive an unplug.
 */
@ExtendWith(ApplicationExtension.class)
class DevicePanelUiTest {
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
        vm.showSample("light-meter");
        // The port list names the pseudo-terminal as a Wio Terminal; everything after that is the real serial code.
        DevicePort wio = new DevicePort(socat.host(), "Wio Terminal", BoardKind.SEEED_VID, BoardKind.WIO_PID,
                BoardKind.WIO_TERMINAL);
        device = new DeviceViewModel(new DeviceSession(p -> JSerialCommLink.open(p, CollectorProtocol.BAUD), 5000),
                javafx.application.Platform::runLater, () -> List.of(wio));
        window = new MainWindow(stage, vm, device);
        stage.setWidth(1280);
        stage.setHeight(860);
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        Page.closeWindows();
        device.close();
        board.close();
        socat.close();
    }

    @Test
    void connectPlotRecordAndSurviveAnUnplug(FxRobot robot) throws Exception {
        robot.clickOn("#tool-board");
        waitUntil("the board is found", () -> socat.host().equals(device.portProperty().get()));
        robot.clickOn("#device-connect");
        waitUntil("connected", () -> device.stateProperty().get() == DeviceSession.State.CONNECTED);

        // A recorded light-meter stream, printed as fast as the plot block would at 1 ms a line.
        List<String> stream = Files.readAllLines(Path.of("src/test/resources/plot-stream.txt"));
        for (String line : stream) {
            board.print(line);
            Thread.sleep(0, 500_000);
        }
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        waitUntil("every plot line arrived", () -> device.plot().snapshot().count() == 600);
        PlotterView plotter = window.devicePanel().plotter();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plot-series-light").queryAs(Label.class).getText()).isEqualTo("light");
        assertThat(robot.lookup("#plot-series-threshold").queryAs(Label.class).getText()).isEqualTo("threshold");

        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> {
            plotter.redrawIfChanged();
            return plotter.canvas().snapshot(null, null);
        }).get(10, TimeUnit.SECONDS);
        Path png = Path.of("target/screenshots/plotter.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", png.toFile());
        assertPlotShowsTheStream(shot);

        // The text line went to the monitor, the plot lines too.
        robot.clickOn(robot.lookup(".tab").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil("the monitor shows the stream", () -> robot.lookup("#device-monitor")
                .queryAs(javafx.scene.control.TextArea.class).getText().contains("Light meter started"));

        // Record one example into the project: countdown, then the file joins the project at once.
        robot.clickOn(robot.lookup(".tab").nth(2).queryAs(javafx.scene.Node.class));
        robot.clickOn("#device-record");
        waitUntil("the example is saved", () -> vm.sampleCounts().getOrDefault("wave", 0) == 1);
        waitUntil("the panel says so", () -> device.messageProperty().get().startsWith("Saved wave.s1.001.csv"));
        assertThat(vm.project().files()).containsKey("data/wave.s1.001.csv");
        waitUntil("the recovery copy has it", () -> Files.exists(home.resolve("recovery/recovery.kumiki"))
                && ProjectFile.read(home.resolve("recovery/recovery.kumiki")).files().containsKey("data/wave.s1.001.csv"));
        Files.createDirectories(Path.of("target/screenshots"));
        WritableImage panel = WaitForAsyncUtils.asyncFx(() -> window.devicePanel().getScene().getRoot().snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(panel, null), "png", Path.of("target/screenshots/board-panel.png").toFile());

        // Pull the cable: the panel says so and the window keeps answering.
        socat.unplug();
        board.close();
        waitUntil("the panel shows the unplug", () -> device.stateProperty().get() == DeviceSession.State.LOST);
        assertThat(device.messageProperty().get()).contains("unplugged");
        robot.clickOn(robot.lookup(".tab").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(robot.lookup("#device-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isZero();

        // Plug it back: the panel offers Reconnect, and it works.
        socat.start();
        board = new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5);
        waitUntil("the panel offers to reconnect", () -> robot.lookup("#device-reconnect").queryAs(javafx.scene.Node.class).isVisible());
        robot.clickOn("#device-reconnect");
        waitUntil("connected again", () -> device.stateProperty().get() == DeviceSession.State.CONNECTED);
    }

    /** The light series (blue) swings over most of the height; the threshold (orange) is one flat line. */
    private static void assertPlotShowsTheStream(WritableImage shot) {
        PixelReader px = shot.getPixelReader();
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int blue = 0;
        int orange = 0;
        int blueTop = h;
        int blueBottom = 0;
        java.util.Set<Integer> orangeRows = new java.util.TreeSet<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Color c = px.getColor(x, y);
                if (near(c, PlotterView.COLOURS.get(0))) {
                    blue++;
                    blueTop = Math.min(blueTop, y);
                    blueBottom = Math.max(blueBottom, y);
                } else if (near(c, PlotterView.COLOURS.get(1))) {
                    orange++;
                    orangeRows.add(y);
                }
            }
        }
        assertThat(blue).as("light pixels").isGreaterThan(w);
        assertThat(orange).as("threshold pixels").isGreaterThan(w / 2);
        assertThat(blueBottom - blueTop).as("the light wave spans most of the plot").isGreaterThan(h * 3 / 4);
        assertThat(orangeRows.size()).as("the threshold is a flat line").isLessThanOrEqualTo(4);
        // 600 is above the middle of 200..800: the flat line sits in the upper half.
        assertThat(orangeRows.iterator().next()).isLessThan(h / 2);
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.12 && Math.abs(a.getGreen() - b.getGreen()) < 0.12
                && Math.abs(a.getBlue() - b.getBlue()) < 0.12;
    }
}
