package kumiki.editor;

import static kumiki.editor.Page.waitUntil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import kumiki.codegen.TeachModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Teach category with a project that holds a trained gesture model, in the real WebView: the blocks
 * offer the model's labels, a program dragged together shows the model files beside its code, and Export
 * writes the .ino with both headers. Without a model the category holds only the hint that opens the wizard.
 */
@ExtendWith(ApplicationExtension.class)
class TeachBlocksUiTest extends EditorWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage, vm -> vm.showOpened(null, TeachModels.motion("motion-robust").project()), 1280, 800);
    }

    private int category(String name) throws Exception {
        for (int i = 0; i < 30; i++) {
            JsonNode c = page.json("Kumiki.categoryRect(" + i + ")");
            if (c == null || c.isNull()) {
                break;
            }
            if (c.path("name").asText().contains(name)) {
                return i;
            }
        }
        throw new AssertionError("no category " + name);
    }

    private void openCategory(FxRobot robot, String name, String expectBlock) throws Exception {
        JsonNode c = page.json("Kumiki.categoryRect(" + category(name) + ")");
        robot.clickOn(page.onScreen(c.path("x").asDouble() + c.path("width").asDouble() / 2,
                c.path("y").asDouble() + c.path("height").asDouble() / 2));
        if (expectBlock != null) {
            waitUntil("the flyout shows " + expectBlock, () -> page.js("Kumiki.blockRect('" + expectBlock + "', true)") != null);
        }
    }

    private List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theTeachBlocksOfferTheModelsLabelsAndADraggedProgramExportsWithItsModelFiles(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path out)
            throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        robot.clickOn("#tool-showCode");
        openCategory(robot, "Teach", "kumiki_teach_when_recognised");
        assertThat(strings(page.json("Kumiki.fieldOptions('kumiki_teach_when_recognised', 'LABEL', true)")))
                .containsExactly("circle", "idle", "shake", "wave");
        assertThat(strings(page.json("Kumiki.fieldOptions('kumiki_teach_certainty', 'LABEL', true)")))
                .containsExactly("circle", "idle", "shake", "wave");

        JsonNode hat = page.json("Kumiki.blockRect('kumiki_teach_when_recognised', true)");
        robot.drag(page.onScreen(hat.path("x").asDouble() + 12, hat.path("y").asDouble() + 10))
                .moveTo(page.onScreen(500, 300)).moveTo(page.onScreen(640, 260)).drop();
        waitUntil("the hat is on the canvas", () -> page.js("Kumiki.blockIdOf('kumiki_teach_when_recognised')") != null);

        openCategory(robot, "Sound", "kumiki_play_note");
        JsonNode note = page.json("Kumiki.blockRect('kumiki_play_note', true)");
        JsonNode slot = page.json("Kumiki.inputPoint(Kumiki.blockIdOf('kumiki_teach_when_recognised'), 'DO')");
        Point2D from = page.onScreen(note.path("x").asDouble() + 10, note.path("y").asDouble() + 8);
        Point2D to = page.onScreen(slot.path("x").asDouble() + 10, slot.path("y").asDouble() + 8);
        robot.drag(from).moveTo(page.onScreen(500, 450)).moveTo(to).drop();

        waitUntil("the code plays a note when circle is recognised",
                () -> window.codeView().getCode().contains("void when_circle_recognised() {\n  kumiki_play("));
        assertThat(window.codeView().getCode()).contains("#include \"kumiki_model.h\"")
                .contains("if (started == 0 /* circle */) when_circle_recognised();");
        waitUntil("the model files show beside the code",
                () -> window.besideInoShown().equals(List.of("kumiki_model.h", "kumiki_features.h")));
        assertThat(robot.lookup(".kumiki-beside-ino").queryAll()).allSatisfy(n ->
                assertThat(((javafx.scene.control.TitledPane) n).isExpanded()).isFalse());

        Path ino = vm.exportSketch(vm.project(), out);
        Path folder = ino.getParent();
        assertThat(Files.readString(ino)).isEqualTo(window.codeView().getCode());
        assertThat(Files.readString(folder.resolve("kumiki_model.h"))).contains("alignas(16) const unsigned char kumiki_model[]")
                .contains("\"circle\", \"idle\", \"shake\", \"wave\"");
        assertThat(Files.readString(folder.resolve("kumiki_features.h"))).contains("void kumiki_features(const float *window, float *out)");
        assertThat(Files.readString(folder.resolve("sketch.yaml"))).contains("tflm_cortexm (1.0.0)");

        // The wizard renames a label: the block follows, and one undo takes it back.
        page.js("Kumiki.renameLabel('circle', 'spin')");
        waitUntil("the hat names spin", () -> page.js("Kumiki.save()").contains("\"LABEL\":\"spin\""));
        assertThat(page.js("Kumiki.save()")).doesNotContain("\"LABEL\":\"circle\"");
        // Blockly records the step once its events fire, just after the call.
        waitUntil("the rename is one step to undo", () -> page.js("Kumiki.undoStack()").contains("\"newValue\":\"spin\""));
        page.js("Kumiki.undo()");
        waitUntil("one undo gives circle back", () -> page.js("Kumiki.save()").contains("\"LABEL\":\"circle\""));
    }

    @Test
    void withoutAModelTheTeachCategoryHoldsOnlyTheHintToTeachFirst(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        javafx.application.Platform.runLater(vm::newProject);
        waitUntil("the new project is shown", () -> vm.project().files().isEmpty());
        openCategory(robot, "Teach", null);
        waitUntil("the flyout shows the hint", () -> strings(page.json("Kumiki.flyoutButtons()"))
                .equals(List.of("Teach Wio Terminal first")));
        assertThat(page.js("Kumiki.blockRect('kumiki_teach_when_recognised', true)")).isNull();
    }
}
