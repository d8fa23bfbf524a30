package kumiki.editor;

import static kumiki.editor.Page.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Japanese is drawn as letters, not as empty boxes ("tofu"), in the JavaFX window and in the page's
 * toolbox, in the font Kumiki ships (so it does not depend on the machine's fonts). Each text is drawn twice in the font its label really
 * uses: as it is, and with every non-ASCII letter replaced by U+E000, a private-use code point no
 * font draws. A font without Japanese draws both as the same row of boxes.
 */
@ExtendWith(ApplicationExtension.class)
class JapaneseTextUiTest extends EditorWindowTest {
    static final char MISSING = '\uE000';

    @Start
    void start(Stage stage) throws Exception {
        open(stage, vm -> vm.showSample("hello-screen"), 1280, 800);
    }

    static String boxes(String text) {
        return text.replaceAll("[^\\x00-\\x7f]", String.valueOf(MISSING));
    }

    /** The pixels of {@code text} in {@code font}, black on white. */
    static int[] pixels(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        SnapshotParameters white = new SnapshotParameters();
        white.setFill(Color.WHITE);
        WritableImage image = t.snapshot(white, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h + 2];
        out[0] = w;
        out[1] = h;
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 2, w);
        return out;
    }

    @Test
    void theToolbarStatusAndLanguageButtonDrawJapaneseLetters(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        robot.clickOn("#language-ja");
        waitUntil("the toolbar is in Japanese", () -> robot.lookup("#tool-save").queryButton().getText().equals("ほぞん"));
        List<Node> labels = new ArrayList<>(robot.lookup(".kumiki-tool").queryAll());
        labels.add(robot.lookup("#language-ja").query());
        labels.add(robot.lookup("#status").query());
        int japanese = 0;
        for (Node node : labels) {
            Labeled l = (Labeled) node;
            String text = l.getText();
            if (text == null || text.chars().allMatch(c -> c < 0x80)) {
                continue;
            }
            japanese++;
            // Kumiki's own font, not whatever the machine offers (which may have no Japanese at all).
            assertThat(l.getFont().getFamily()).as("the font of \"%s\"", text).startsWith(kumiki.editor.ui.UiFont.FAMILY);
            boolean[] same = new boolean[2];
            WaitForAsyncUtils.asyncFx(() -> {
                same[0] = java.util.Arrays.equals(pixels(text, l.getFont()), pixels(boxes(text), l.getFont()));
                // The check itself works: two code points without glyphs draw alike.
                same[1] = java.util.Arrays.equals(pixels("\uE000", l.getFont()), pixels("\uE001", l.getFont()));
            }).get(20, TimeUnit.SECONDS);
            assertThat(same[1]).as("U+E000 and U+E001 both draw the missing-glyph box in %s", l.getFont()).isTrue();
            assertThat(same[0]).as("\"%s\" in %s draws letters, not boxes", text, l.getFont().getFamily()).isFalse();
        }
        assertThat(japanese).as("Japanese labels checked").isGreaterThanOrEqualTo(5);
        // A font whose line metrics JavaFX misreads makes every text field huge (one candidate font did: 315 px at 14 px).
        double[] height = new double[1];
        WaitForAsyncUtils.asyncFx(() -> {
            Text t = new Text("Ag あ");
            t.setFont(Font.font(kumiki.editor.ui.UiFont.FAMILY, 14));
            height[0] = t.getLayoutBounds().getHeight();
        }).get(20, TimeUnit.SECONDS);
        assertThat(height[0]).as("line height of 14 px text").isBetween(14.0, 30.0);
    }

    @Test
    void theToolboxCategoriesDrawJapaneseLetters(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        robot.clickOn("#language-ja");
        waitUntil("the toolbox is in Japanese",
                () -> page.json("Kumiki.categoryRect(0)").path("name").asText().contains("はじまり"));
        String script = """
                (function () {
                  var label = document.querySelector('.blocklyToolboxCategoryLabel, .blocklyTreeLabel');
                  var font = getComputedStyle(label).font;
                  function draw(t) {
                    var c = document.createElement('canvas');
                    c.width = 400; c.height = 40;
                    var g = c.getContext('2d');
                    g.font = font; g.fillStyle = '#000'; g.fillText(t, 2, 30);
                    return Array.prototype.join.call(g.getImageData(0, 0, 400, 40).data, ',');
                  }
                  var text = label.textContent;
                  return JSON.stringify({text: text, font: font, letters: draw(text) !== draw(text.replace(/[^\\x00-\\x7f]/g, '\\uE000')),
                    check: draw('\\uE000') === draw('\\uE001'), fontReady: document.fonts.check(font, text)});
                })()""";
        // The page loads its font from a file, which may take a moment after the labels appear.
        waitUntil("the toolbox font is loaded", () -> page.json(script).path("fontReady").asBoolean());
        JsonNode r = page.json(script);
        assertThat(r.path("font").asText()).contains("Kumiki UI");
        assertThat(r.path("check").asBoolean()).as("two code points without glyphs draw alike").isTrue();
        assertThat(r.path("letters").asBoolean()).as("the category \"%s\" draws letters, not boxes", r.path("text").asText()).isTrue();
    }
}
