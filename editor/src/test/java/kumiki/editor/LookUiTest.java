package kumiki.editor;

import static kumiki.editor.Page.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings' looks, seen on the screen: high contrast darkens every block until its white words stand
 * out 7:1 and turns the toolbar black; large blocks grow the canvas and the window's words; both are
 * kept for next time. Ctrl+F finds blocks, with the search bar's words in the child's language.
 */
@ExtendWith(ApplicationExtension.class)
class LookUiTest extends EditorWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage, vm -> vm.showSample("hello-screen"), 1280, 800);
    }

    private WritableImage screenshot() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.blockly().view().getScene().snapshot(null)).get();
    }

    /** The colour at a point of the page (CSS pixels), in the window's screenshot. */
    private Color pagePixel(WritableImage shot, double x, double y) throws Exception {
        Point2D p = WaitForAsyncUtils.asyncFx(() -> window.blockly().view().localToScene(x, y)).get();
        return shot.getPixelReader().getColor((int) p.getX(), (int) p.getY());
    }

    /** A point inside the left arm of the start block: its own colour, no words on it. */
    private Color startBlockColour() throws Exception {
        JsonNode r = page.json("Kumiki.blockRect('kumiki_on_start', false)");
        return pagePixel(screenshot(), r.path("x").asDouble() + 5, r.path("y").asDouble() + r.path("height").asDouble() * 0.7);
    }

    /** WCAG 2 contrast of white text on {@code c}, worked out here from the pixel, not from the theme. */
    private static double contrastWithWhite(Color c) {
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return 1.05 / (l + 0.05);
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void highContrastAndLargeBlocksShowOnTheScreenAndAreKept(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        waitUntil("the start block is drawn", () -> page.js("Kumiki.blockRect('kumiki_on_start', false)") != null);
        Color usual = startBlockColour();
        assertThat(usual.getRed()).as("the usual start block is orange").isGreaterThan(0.9);
        assertThat(contrastWithWhite(usual)).isLessThan(3);
        double usualWidth = page.json("Kumiki.blockRect('kumiki_on_start', false)").path("width").asDouble();

        robot.clickOn("#tool-settings");
        robot.clickOn("#settings-highContrast");
        waitUntil("the start block is dark", () -> contrastWithWhite(startBlockColour()) >= 7);
        Color dark = startBlockColour();
        assertThat(dark.getRed()).as("still orange in hue: red leads, blue least").isGreaterThan(dark.getGreen())
                .isGreaterThan(dark.getBlue());
        for (JsonNode b : page.json("JSON.stringify(Kumiki.save && JSON.parse(Kumiki.save()).blocks.blocks.map(b => b.type))")) {
            String colour = page.js("Kumiki.blockColour('" + b.asText() + "')");
            assertThat(contrastWithWhite(Color.web(colour))).as(b.asText() + " " + colour).isGreaterThanOrEqualTo(7);
        }
        WritableImage shot = screenshot();
        javafx.scene.Node toolbar = robot.lookup(".kumiki-toolbar").query();
        javafx.geometry.Bounds t = WaitForAsyncUtils.asyncFx(() -> toolbar.localToScene(toolbar.getBoundsInLocal())).get();
        assertThat(shot.getPixelReader().getColor((int) t.getMaxX() - 3, (int) t.getMinY() + 3)).isEqualTo(Color.BLACK);
        JsonNode category = page.json("Kumiki.categoryRect(3)");
        assertThat(pagePixel(shot, category.path("x").asDouble() + category.path("width").asDouble() - 3,
                category.path("y").asDouble() + 2)).as("the toolbox is black").isEqualTo(Color.BLACK);

        robot.clickOn("#settings-large");
        waitUntil("blocks are larger", () -> page.json("Kumiki.blockRect('kumiki_on_start', false)").path("width").asDouble()
                > usualWidth * 1.3);
        javafx.scene.control.Label status = robot.lookup("#status").queryAs(javafx.scene.control.Label.class);
        waitUntil("the window's words are larger", () -> status.getFont().getSize() >= 18);
        robot.type(KeyCode.ESCAPE);

        // A later window on this machine starts in the same look.
        waitUntil("the look is kept", () -> {
            LookSettings again = new LookSettings(new Preferences(lookFile()));
            return again.highContrastProperty().get() && again.largeProperty().get();
        });
    }

    private Path lookFile() {
        return window.look().file();
    }

    @Test
    void ctrlFFindsBlocksAndTheSearchBarSpeaksJapanese(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        robot.clickOn("#language-ja");
        waitUntil("the page speaks Japanese", () -> "ブロックを さがす".equals(page.js("document.querySelector('.blockly-ws-search input').getAttribute('placeholder')")));
        JsonNode start = page.json("Kumiki.blockRect('kumiki_on_start', false)");
        robot.clickOn(page.onScreen(start.path("x").asDouble() + 5, start.path("y").asDouble() + start.path("height").asDouble() * 0.7));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil("the search bar is open", () -> page.json("Kumiki.searchState()").path("open").asBoolean());
        robot.write("Hello");
        waitUntil("the block with Hello! is found", () -> page.json("Kumiki.searchState()").path("found").toString().contains("\"text\""));
        assertThat(page.js("document.querySelector('.blockly-ws-search-close-btn').getAttribute('aria-label')")).isEqualTo("さがすのを やめる");
    }
}
