package kumiki.editor.blockly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Worker;
import javafx.scene.web.PromptData;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import kumiki.codegen.BuildAssets;
import kumiki.project.Project;

/**
 * Blockly in a JavaFX WebView, and the one narrow channel between the page and Java.
 *
 * <p>No Java object is ever handed to the page. The page sends JSON messages
 * as {@code alert("kumiki:{...}")}; Java calls a handful of functions on
 * {@code window.Kumiki} with JSON-encoded string arguments. The page loads only
 * bundled files: it has a Content-Security-Policy without network sources,
 * popups are refused and navigation away from it is cancelled.
 */
public final class BlocklyHost {
    private static final System.Logger LOG = System.getLogger(BlocklyHost.class.getName());
    private static final ObjectMapper JSON = Project.limited(new ObjectMapper());
    private static final String CHANNEL = "kumiki:";
    /** Extracted once per run; every editor window uses the same copy. */
    private static final java.nio.file.Path PAGE = WebAssets.extract();

    /** What the page reports after each settled change. */
    public record Changed(String workspace, String code, List<String> problems, boolean structural,
                          boolean dirty, boolean canUndo, boolean canRedo) {
    }

    public interface Listener {
        void ready();

        void changed(Changed change);

        /** The page would not load a workspace because it has blocks this Kumiki does not know. */
        void refused(List<String> unknownTypes);

        /** A long workspace is being drawn, a slice at a time: {@code done} of {@code total} pieces. */
        default void loading(int done, int total) {
        }

        /** Drawing took longer than {@code seconds}; the page now draws the workspace it had before. */
        default void tooSlow(int seconds) {
        }

        /** A workspace is fully on the canvas (after a load, or the one put back after a too slow load). */
        default void drawn() {
        }

        /** The child pressed "Teach Wio Terminal first" in the Teach category: the teaching wizard's door. */
        default void openTeach() {
        }

        /** Tab left the page's last place (the canvas), or Shift+Tab its first (the toolbox). */
        default void tabOut(boolean forward) {
        }
    }

    private final WebView view = new WebView();
    private final WebEngine engine = view.getEngine();
    private final String pageUrl = PAGE.toUri().toString();
    private final Listener listener;
    private final Queue<String> beforeReady = new ArrayDeque<>();
    private boolean ready;

    public BlocklyHost(Listener listener, BiFunction<String, String, String> prompt,
                       Function<String, Boolean> confirm, Consumer<String> alert) {
        this.listener = listener;
        // Blockly renders synchronously when it sees "JavaFX" in the user agent, which leaves nested blocks undrawn.
        engine.setUserAgent(engine.getUserAgent().replaceAll("\\s*JavaFX/\\S+", ""));
        engine.setJavaScriptEnabled(true);
        engine.setCreatePopupHandler(features -> null);
        engine.setPromptHandler((PromptData p) -> prompt.apply(p.getMessage(), p.getDefaultValue()));
        engine.setConfirmHandler(confirm::apply);
        engine.setOnAlert(event -> {
            String data = event.getData();
            if (data != null && data.startsWith(CHANNEL)) {
                receive(data.substring(CHANNEL.length()));
            } else if (data != null) {
                alert.accept(data);
            }
        });
        engine.locationProperty().addListener((obs, before, now) -> {
            if (now != null && !now.isEmpty() && !now.equals(pageUrl) && !now.startsWith("about:")) {
                LOG.log(System.Logger.Level.WARNING, "Blocked navigation to {0}", now);
                engine.getLoadWorker().cancel();
            }
        });
        view.setContextMenuEnabled(false);
    }

    public javafx.scene.Node view() {
        return view;
    }

    public boolean isReady() {
        return ready;
    }

    /** The look chosen in Settings; kept here too, so a page started later starts in it. */
    private String look = lookJson(false, false);

    private static String lookJson(boolean highContrast, boolean large) {
        return "{\"highContrast\":" + highContrast + ",\"large\":" + large + "}";
    }

    /** High contrast and large blocks, for the canvas, the toolbox and the search bar. */
    public void setLook(boolean highContrast, boolean large) {
        look = lookJson(highContrast, large);
        call("Kumiki.setLook(" + quote(look) + ")");
    }

    /** The keyboard brings the focus into the page: to the toolbox from before it, to the canvas from after it. */
    public void focusRegion(boolean toolbox) {
        if (ready) {
            engine.executeScript("Kumiki.focusRegion(" + quote(toolbox ? "toolbox" : "workspace") + ")");
        }
    }

    /** Loads the page, then starts Blockly in {@code language} with the given workspace and build assets. */
    public void start(String language, String workspaceJson, BuildAssets assets) {
        ready = false;
        engine.getLoadWorker().stateProperty().addListener((obs, before, state) -> {
            if (state == Worker.State.SUCCEEDED && !ready) {
                String options = "{\"lang\":" + quote(language) + ",\"workspace\":" + quote(workspaceJson)
                        + ",\"assets\":" + assets.toJson() + ",\"look\":" + look + "}";
                engine.executeScript("Kumiki.start(" + options + ")");
            } else if (state == Worker.State.FAILED) {
                LOG.log(System.Logger.Level.ERROR, "The Blockly page failed to load",
                        engine.getLoadWorker().getException());
            }
        });
        engine.load(pageUrl);
    }

    /** Shows another project: its build assets first, so its first code already sees its model. */
    public void load(String workspaceJson, BuildAssets assets) {
        call("Kumiki.setBuildAssets(" + quote(assets.toJson()) + ")");
        call("Kumiki.load(" + quote(workspaceJson) + ")");
    }

    /** A new or changed model: the Teach category and the blocks' labels follow it (BuildAssets JSON). */
    public void setBuildAssets(String assetsJson) {
        call("Kumiki.setBuildAssets(" + quote(assetsJson) + ")");
    }

    /** Adds stacks of blocks (JSON) beside the program, as one undoable step: the wizard's starter. */
    public void addStacks(String stacksJson) {
        call("Kumiki.addStacks(" + quote(stacksJson) + ")");
    }

    /** A label of the model was renamed: the Teach blocks naming it follow. */
    public void renameLabel(String from, String to) {
        call("Kumiki.renameLabel(" + quote(from) + ", " + quote(to) + ")");
    }

    public void changeLanguage(String language) {
        call("Kumiki.changeLanguage(" + quote(language) + ")");
    }

    public void undo() {
        call("Kumiki.undo()");
    }

    public void redo() {
        call("Kumiki.redo()");
    }

    public void zoomToFit() {
        call("Kumiki.zoomToFit()");
    }

    /** Limits the toolbox to these block types (a lesson step), showing the step's own blocks; null shows all of it. */
    public void setToolbox(java.util.List<String> types, String stepBlocksJson) {
        String json;
        try {
            json = types == null ? null : JSON.writeValueAsString(types);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        call("Kumiki.setToolbox(" + (json == null ? "null" : quote(json)) + ", "
                + (stepBlocksJson == null ? "null" : quote(stepBlocksJson)) + ")");
    }

    /** "Show me": the blocks in a read-only window over the canvas. */
    public void showHint(String workspaceJson, String closeText) {
        call("Kumiki.showHint(" + quote(workspaceJson) + ", " + quote(closeText) + ")");
    }

    public void hideHint() {
        call("Kumiki.hideHint()");
    }

    /** Scrolls to a block and selects it (the block behind an upload's compiler error). */
    public void showBlock(String blockId) {
        call("Kumiki.showBlock(" + quote(blockId) + ")");
    }

    public void markSaved() {
        call("Kumiki.markSaved()");
    }

    /** Runs a script in the page and returns its result as a string; for tests and diagnostics. */
    public String evaluate(String script) {
        Object result = engine.executeScript(script);
        return result == null ? null : result.toString();
    }

    private void call(String script) {
        if (ready) {
            engine.executeScript(script);
        } else {
            beforeReady.add(script);
        }
    }

    private void receive(String message) {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (JsonProcessingException e) {
            LOG.log(System.Logger.Level.WARNING, "Malformed message from the page: {0}", message);
            return;
        }
        switch (node.path("type").asText()) {
            case "ready" -> {
                ready = true;
                while (!beforeReady.isEmpty()) {
                    engine.executeScript(beforeReady.remove());
                }
                listener.ready();
            }
            case "changed" -> {
                List<String> problems = new ArrayList<>();
                node.path("problems").forEach(p -> problems.add(p.path("message").asText()));
                listener.changed(new Changed(node.path("workspace").asText(), node.path("code").asText(), problems,
                        node.path("structural").asBoolean(), node.path("dirty").asBoolean(),
                        node.path("canUndo").asBoolean(), node.path("canRedo").asBoolean()));
            }
            case "refused" -> {
                List<String> types = new ArrayList<>();
                node.path("unknownTypes").forEach(t -> types.add(t.asText()));
                listener.refused(types);
            }
            case "loading" -> listener.loading(node.path("done").asInt(), Math.max(1, node.path("total").asInt()));
            case "tooSlow" -> listener.tooSlow(node.path("seconds").asInt());
            case "drawn" -> listener.drawn();
            case "openTeach" -> listener.openTeach();
            case "tabOut" -> listener.tabOut(node.path("forward").asBoolean(true));
            case "error" -> LOG.log(System.Logger.Level.ERROR, "Error in the Blockly page: {0} ({1}:{2})",
                    node.path("message").asText(), node.path("source").asText(), node.path("line").asInt());
            default -> LOG.log(System.Logger.Level.WARNING, "Unknown message from the page: {0}", message);
        }
    }

    /** A JSON string literal, which is also a safe JavaScript string literal. */
    static String quote(String value) {
        try {
            return JSON.writeValueAsString(value == null ? "" : value)
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
