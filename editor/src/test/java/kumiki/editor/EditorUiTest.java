package kumiki.editor;

import static kumiki.editor.Page.waitUntil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import kumiki.codegen.KumikiCompiler;
import kumiki.project.BundledSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor with the real WebView and real Blockly, driven with the mouse under Xvfb. */
@ExtendWith(ApplicationExtension.class)
class EditorUiTest extends EditorWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage, vm -> vm.showSample("hello-screen"), 1280, 800);
    }

    private int blockCount() throws Exception {
        return Integer.parseInt(page.js("Kumiki.blockCount()"));
    }

    @Test
    void theSampleLoadsWithEveryBlockDrawn(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        waitUntil("the code is generated", () -> !vm.codeProperty().get().isEmpty());
        JsonNode sizes = page.json("Kumiki.blockSizes()");
        assertThat(sizes.size()).isGreaterThan(10);
        for (JsonNode block : sizes) {
            assertThat(block.path("width").asDouble()).as("width of %s", block.path("type").asText()).isPositive();
            assertThat(block.path("height").asDouble()).as("height of %s", block.path("type").asText()).isPositive();
        }
        // Nested value blocks (the numbers inside "write") are drawn too, not just the outer blocks.
        assertThat(sizes.findValuesAsText("type")).contains("math_number", "text", "kumiki_colour");
    }

    @Test
    void dragAFromTheToolboxShowsItsCodeAndUndoRemovesIt(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        waitUntil("the code is generated", () -> !vm.codeProperty().get().isEmpty());
        robot.clickOn("#tool-showCode");
        int before = blockCount();
        assertThat(vm.codeProperty().get()).doesNotContain("every_1000_ms");

        JsonNode category = page.json("Kumiki.categoryRect(0)");
        robot.clickOn(page.onScreen(category.path("x").asDouble() + category.path("width").asDouble() / 2,
                category.path("y").asDouble() + category.path("height").asDouble() / 2));
        waitUntil("the Start flyout opens", () -> page.js("Kumiki.blockRect('kumiki_every', true)") != null);
        JsonNode source = page.json("Kumiki.blockRect('kumiki_every', true)");

        Point2D from = page.onScreen(source.path("x").asDouble() + 12, source.path("y").asDouble() + 12);
        Point2D to = page.onScreen(760, 560);
        robot.drag(from).moveTo(page.onScreen(500, 400)).moveTo(to).drop();

        waitUntil("the dropped block is on the canvas", () -> blockCount() == before + 1);
        waitUntil("the code panel shows the new block's code",
                () -> window.codeView().getCode().contains("void every_1000_ms()"));
        assertThat(vm.dirtyProperty().get()).isTrue();
        // A block was added: a structural change, so the recovery copy is written at once.
        waitUntil("the recovery copy is written", () -> java.nio.file.Files.exists(home.resolve("recovery/recovery.kumiki")));
        assertThat(kumiki.project.ProjectFile.read(home.resolve("recovery/recovery.kumiki")).workspaceJson())
                .contains("kumiki_every");

        robot.clickOn("#tool-undo");
        waitUntil("undo removes the block", () -> blockCount() == before);
        waitUntil("the code panel drops its code", () -> !window.codeView().getCode().contains("every_1000_ms"));
    }

    @Test
    void switchingToJapaneseRelabelsTheToolboxAndKeepsTheBlocks(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        waitUntil("the code is generated", () -> !vm.codeProperty().get().isEmpty());
        int before = blockCount();
        String code = vm.codeProperty().get();
        assertThat(page.json("Kumiki.categoryRect(0)").path("name").asText()).contains("Start");

        robot.clickOn("#language-ja");
        waitUntil("the toolbox is in Japanese",
                () -> page.json("Kumiki.categoryRect(0)").path("name").asText().contains("はじまり"));
        assertThat(blockCount()).isEqualTo(before);
        assertThat(page.js("Kumiki.blockTexts()")).contains("ずっと");
        assertThat(vm.codeProperty().get()).isEqualTo(code);
        assertThat(robot.lookup("#tool-save").queryButton().getText()).isEqualTo("ほぞん");

        robot.clickOn("#language-en");
        waitUntil("the toolbox is back in English",
                () -> page.json("Kumiki.categoryRect(0)").path("name").asText().contains("Start"));
    }

    @Test
    void aProjectOpenedInJapaneseShowsJapaneseAsTheChosenLanguage(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        assertThat(robot.lookup("#language-en").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        Path file = home.resolve("japanese.kumiki");
        kumiki.project.ProjectFile.write(file, kumiki.project.Project.create("にほんご", "ja").withWorkspace(
                "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_forever\",\"x\":0,\"y\":0}]}}"));
        javafx.application.Platform.runLater(() -> window.open(file));
        waitUntil("the toolbox is in Japanese",
                () -> page.json("Kumiki.categoryRect(0)").path("name").asText().contains("はじまり"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#language-ja").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#language-en").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void aProjectWithUnknownBlocksIsRefusedAndTheCanvasIsKept(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        waitUntil("the code is generated", () -> !vm.codeProperty().get().isEmpty());
        int before = blockCount();
        String code = vm.codeProperty().get();
        Path file = home.resolve("future.kumiki");
        kumiki.project.ProjectFile.write(file, kumiki.project.Project.create("Future", "en").withWorkspace(
                "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_forever\",\"x\":0,\"y\":0,"
                + "\"inputs\":{\"DO\":{\"block\":{\"type\":\"teleport_to_mars\"}}}}]}}"));

        javafx.application.Platform.runLater(() -> window.open(file));
        waitUntil("an error dialog explains", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").query();
        assertThat(dialog.getContentText()).contains("teleport_to_mars").contains("Future");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());

        assertThat(blockCount()).isEqualTo(before);
        assertThat(vm.project().name()).isEqualTo("Hello screen");
        assertThat(vm.codeProperty().get()).isEqualTo(code);
        assertThat(vm.fileProperty().get()).isNull();
    }

    @Test
    void aVariableUsedAsTwoTypesGetsAWarningOnTheBlock(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        Path file = home.resolve("clash.kumiki");
        kumiki.project.ProjectFile.write(file, kumiki.project.Project.create("Clash", "en").withWorkspace(
                "{\"variables\":[{\"name\":\"thing\",\"id\":\"v\"}],\"blocks\":{\"languageVersion\":0,\"blocks\":["
                + "{\"type\":\"kumiki_on_start\",\"x\":0,\"y\":0,\"inputs\":{\"DO\":{\"block\":"
                + "{\"type\":\"variables_set\",\"id\":\"first\",\"fields\":{\"VAR\":{\"id\":\"v\"}},"
                + "\"inputs\":{\"VALUE\":{\"block\":{\"type\":\"math_number\",\"fields\":{\"NUM\":1}}}},"
                + "\"next\":{\"block\":{\"type\":\"variables_set\",\"id\":\"second\",\"fields\":{\"VAR\":{\"id\":\"v\"}},"
                + "\"inputs\":{\"VALUE\":{\"block\":{\"type\":\"text\",\"fields\":{\"TEXT\":\"one\"}}}}}}}}}}]}}"));
        javafx.application.Platform.runLater(() -> window.open(file));
        waitUntil("the clash is warned about", () -> page.json("Kumiki.warnings()").size() == 1);
        JsonNode warning = page.json("Kumiki.warnings()").get(0);
        assertThat(warning.path("id").asText()).isEqualTo("second");
        assertThat(warning.path("text").asText()).contains("'thing'").contains("text").contains("number");
        waitUntil("the status bar points to it", () -> robot.lookup(".kumiki-status .label").queryLabeled().getText().contains("1"));
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        javafx.stage.Stage stage = (javafx.stage.Stage) window.blockly().view().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> vm.dirtyProperty().set(true)).get();
        javafx.application.Platform.runLater(() -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil("Kumiki asks before closing", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").query();
        assertThat(dialog.getContentText()).contains("Hello screen").contains("not saved");
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).contains("Save", "Don't save", "Cancel");
        javafx.scene.control.Button cancel = robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getText().equals("Cancel")).findFirst().orElseThrow();
        robot.clickOn(cancel);
        waitUntil("the question goes away", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(stage.isShowing()).as("Cancel keeps the window open").isTrue();
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void theEditorShowsExactlyWhatTheHeadlessCompilerWrites(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        for (String id : BundledSamples.IDS) {
            WaitForAsyncUtils.asyncFx(() -> {
                vm.showSample(id);
                return null;
            }).get();
            String expected = KumikiCompiler.compile(BundledSamples.load(id)).code();
            waitUntil("the editor shows " + id, () -> expected.equals(vm.codeProperty().get()));
            assertThat(page.js("Kumiki.code()")).as("code in the page for %s", id).isEqualTo(expected);
        }
    }

    /** No arduino-cli on this machine: Upload explains where to get it and offers Export sketch instead. */
    @Test
    void uploadWithoutArduinoCliExplainsAndOffersExport(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        window.device().setArduinoCliFinder(preference -> java.util.Optional.empty());
        robot.clickOn("#tool-upload");
        waitUntil("the explanation shows", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").query();
        assertThat(dialog.getContentText()).contains("arduino-cli", "Arduino IDE 2", "Export sketch");
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).contains("Export sketch", "Close");
        javafx.scene.control.Button close = robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getText().equals("Close")).findFirst().orElseThrow();
        robot.clickOn(close);
        waitUntil("the explanation goes away", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
