package kumiki.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import kumiki.editor.ui.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests share: waiting with a reason, and talking to the Blockly page of a window. */
final class Page {
    static final ObjectMapper JSON = new ObjectMapper();

    private final MainWindow window;

    Page(MainWindow window) {
        this.window = window;
    }

    /** Closes every window the test opened (the editor, dialogs, teacher mode). */
    static void closeWindows() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    /** Waits up to 40 s; a timeout names what never happened. */
    static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    /** Runs a script in the page on the JavaFX thread and returns its result as a string. */
    String js(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.blockly().evaluate(script)).get(20, TimeUnit.SECONDS);
    }

    JsonNode json(String script) throws Exception {
        String s = js(script);
        return s == null ? null : JSON.readTree(s);
    }

    /** A point on the page (CSS pixels) as a point on the screen. */
    Point2D onScreen(double pageX, double pageY) {
        return window.blockly().view().localToScreen(pageX, pageY);
    }
}
