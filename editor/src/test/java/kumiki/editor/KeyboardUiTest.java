package kumiki.editor;

import static kumiki.editor.Page.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor without a mouse, in the real WebView: from the toolbar, Tab reaches the toolbox; keys
 * take blocks out of it, put one inside another, change its words and delete one; Tab goes on to the
 * code panel, and the code is the hello-screen program. Every key press is a real key event.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardUiTest extends EditorWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage, vm -> vm.showOpened(null, kumiki.project.Project.create("Keys", "en")), 1280, 800);
    }

    private Node focusOwner() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.blockly().view().getScene().getFocusOwner()).get();
    }

    private JsonNode focusedBlock() throws Exception {
        JsonNode n = page.json("Kumiki.focusedBlock()");
        return n == null ? Page.JSON.createObjectNode() : n;
    }

    private void key(FxRobot robot, KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
            WaitForAsyncUtils.sleep(120, TimeUnit.MILLISECONDS);
        }
    }

    /** Presses {@code k} until {@code done} holds, at most {@code limit} times; fails naming what never came. */
    private void pressUntil(FxRobot robot, KeyCode k, int limit, String what, java.util.concurrent.Callable<Boolean> done)
            throws Exception {
        for (int i = 0; i < limit && !done.call(); i++) {
            key(robot, k);
        }
        assertThat(done.call()).as(what).isTrue();
    }

    /** From the toolbox: open a category, go into its flyout and on to a block, take it and put it down. */
    private void takeBlock(FxRobot robot, String category, String type) throws Exception {
        key(robot, KeyCode.T);
        waitUntil("the toolbox has the keyboard", () -> "toolbox".equals(page.js("Kumiki.focusedRegion()")));
        pressUntil(robot, KeyCode.UP, 20, "back at the first category", () -> "%{BKY_KUMIKI_CAT_START}".equals(
                page.js("Kumiki.selectedCategory()")) || page.js("Kumiki.selectedCategory()").equals("Start"));
        pressUntil(robot, KeyCode.DOWN, 20, "the " + category + " category is open",
                () -> category.equals(page.js("Kumiki.selectedCategory()")));
        key(robot, KeyCode.RIGHT);
        pressUntil(robot, KeyCode.DOWN, 30, "the keyboard is on " + type + " in the flyout",
                () -> type.equals(focusedBlock().path("type").asText()) && focusedBlock().path("inFlyout").asBoolean());
        key(robot, KeyCode.ENTER);
        waitUntil(type + " is being moved onto the canvas", () -> focusedBlock().path("moving").asBoolean()
                && !focusedBlock().path("inFlyout").asBoolean());
    }

    @Test
    void theHelloScreenProgramIsBuiltWithTheKeyboardAlone(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        robot.clickOn("#tool-showCode"); // the last click: from here on, keys only
        pressUntil(robot, KeyCode.TAB, 30, "Tab from the toolbar reaches the toolbox",
                () -> "toolbox".equals(page.js("Kumiki.focusedRegion()")));
        assertThat(focusOwner()).isSameAs(window.blockly().view());

        takeBlock(robot, "Start", "kumiki_on_start");
        key(robot, KeyCode.ENTER);
        waitUntil("the start block is on the canvas", () -> page.js("Kumiki.blockIdOf('kumiki_on_start')") != null
                && !focusedBlock().path("moving").asBoolean());

        takeBlock(robot, "Screen", "kumiki_screen_text");
        // Arrows choose among the places the block fits; the start block's inside is one of them.
        for (int i = 0; i < 6 && !"kumiki_on_start".equals(focusedBlock().path("parent").asText()); i++) {
            key(robot, KeyCode.DOWN);
        }
        key(robot, KeyCode.ENTER);
        waitUntil("write is inside the start block", () -> "kumiki_on_start".equals(focusedBlock().path("parent").asText())
                && !focusedBlock().path("moving").asBoolean());

        // Into the block, to its text, and change the words.
        pressUntil(robot, KeyCode.RIGHT, 10, "the keyboard is on the text to write",
                () -> "TEXT".equals(focusedBlock().path("field").asText()));
        key(robot, KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("hello");
        key(robot, KeyCode.ENTER);
        waitUntil("the code writes hello on the screen in setup", () -> window.codeView().getCode()
                .matches("(?s).*void setup\\(\\) \\{.*kumiki_drawText\\(\"hello\", .*"));

        // A block taken by mistake is deleted with the Delete key.
        takeBlock(robot, "Start", "kumiki_forever");
        key(robot, KeyCode.ENTER);
        waitUntil("forever is on the canvas", () -> page.js("Kumiki.blockIdOf('kumiki_forever')") != null
                && "kumiki_forever".equals(focusedBlock().path("type").asText()));
        key(robot, KeyCode.DELETE);
        waitUntil("forever is gone", () -> page.js("Kumiki.blockIdOf('kumiki_forever')") == null);

        // Tab leaves the blocks for the code panel.
        key(robot, KeyCode.W);
        waitUntil("the canvas has the keyboard", () -> "workspace".equals(page.js("Kumiki.focusedRegion()")));
        key(robot, KeyCode.TAB);
        waitUntil("the code panel has the focus", () -> focusOwner() instanceof org.fxmisc.richtext.CodeArea);
        assertThat(window.codeView().getCode()).doesNotContain("kumiki_forever").contains("tft.begin();");
        // And Shift+Tab comes back to the canvas.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil("Shift+Tab is back on the canvas", () -> focusOwner() == window.blockly().view()
                && "workspace".equals(page.js("Kumiki.focusedRegion()")));
    }
}
