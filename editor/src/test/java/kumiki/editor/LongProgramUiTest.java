package kumiki.editor;

import static kumiki.editor.Page.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import kumiki.codegen.Workspaces;
import kumiki.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long program is drawn a slice at a time: the window keeps answering while it fills, and a
 * drawing that takes past its limit ends with a message and the canvas the child had before.
 */
@ExtendWith(ApplicationExtension.class)
class LongProgramUiTest extends EditorWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage, vm -> vm.showSample("hello-screen"), 1280, 820);
    }

    private void show(String name, String workspace) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            vm.showOpened(home.resolve(name + ".kumiki"), Project.create(name, "en").withWorkspace(workspace));
            return null;
        }).get();
    }

    /** The longest the FX thread took to run an empty task while {@code until} was false. */
    private long worstWaitMs(java.util.concurrent.Callable<Boolean> until) throws Exception {
        long worst = 0;
        long start = System.nanoTime();
        while (!until.call()) {
            long t = System.nanoTime();
            WaitForAsyncUtils.asyncFx(() -> null).get();
            worst = Math.max(worst, System.nanoTime() - t);
            Thread.sleep(50);
            assertThat(System.nanoTime() - start).as("drawing ends").isLessThan(90_000_000_000L);
        }
        return worst / 1_000_000;
    }

    @Test
    void aLongStackIsDrawnWhileTheWindowKeepsAnswering(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        long start = System.nanoTime();
        show("Song", Workspaces.longStack(400));
        // Showing runs on the FX thread too: a drawing done all at once would be held right here.
        long showing = (System.nanoTime() - start) / 1_000_000;
        long worst = Math.max(showing, worstWaitMs(() -> vm.codeProperty().get().contains("\"line 399\"")));
        long total = (System.nanoTime() - start) / 1_000_000;
        // Without slices, the window froze for the whole drawing (about 6 s here for 400 blocks): the
        // longest wait was the drawing itself. In slices, it answers many times along the way.
        assertThat(worst).as("longest the window did not answer, of %d ms drawing", total).isLessThan(total / 3);
        assertThat(Integer.parseInt(page.js("Kumiki.blockCount()"))).isGreaterThanOrEqualTo(801);
        // Once drawn, the status bar no longer says the blocks are still coming.
        waitUntil("the status bar is back to normal", () -> !robot.lookup("#status")
                .queryAs(javafx.scene.control.Label.class).getText().startsWith("Putting the blocks"));

        // Past its limit, drawing stops: the message says so and the song comes back, as it was.
        page.js("Kumiki.setLoadLimit(300)");
        show("Longer", Workspaces.longStack(600));
        // Found is not yet shown: on a busy machine the pane exists a moment before its window is laid out.
        waitUntil("an error dialog explains", () -> robot.lookup(".dialog-pane .button").tryQuery()
                .filter(b -> b.getScene() != null && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing()
                        && b.getLayoutBounds().getWidth() > 0)
                .isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").query();
        assertThat(dialog.getContentText()).contains("Longer", "took longer than").doesNotContain("Exception");
        // All of it is shown: the label is as tall as its wrapped text, not one line ending in "…".
        javafx.scene.control.Label message = (javafx.scene.control.Label) dialog.lookup(".content.label");
        double[] heights = WaitForAsyncUtils.asyncFx(() -> new double[] {message.getHeight(), message.prefHeight(message.getWidth())}).get();
        assertThat(heights[0]).as("message height against its wrapped text").isGreaterThanOrEqualTo(heights[1] - 1);
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        assertThat(vm.project().name()).isEqualTo("Song");
        waitUntil("the song is back on the canvas", () -> page.js("Kumiki.isLoading()").equals("false")
                && Integer.parseInt(page.js("Kumiki.blockCount()")) >= 801);
        assertThat(page.js("Kumiki.blockIdOf('kumiki_serial_print')")).isNotEqualTo("null");
        page.js("Kumiki.setLoadLimit(30000)");
    }
}
