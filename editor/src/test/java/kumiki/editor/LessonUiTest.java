package kumiki.editor;

import static kumiki.editor.Page.waitUntil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kumiki.project.Project;
import kumiki.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson 1 played by a child: the chooser, real drags from the limited toolbox, Check my work, a typed number, Next, Finish. */
@ExtendWith(ApplicationExtension.class)
class LessonUiTest extends EditorWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage, EditorViewModel::newProject, 1280, 820);
    }

    /** Opens the only category the step allows and drags its block so that it snaps into the start block. */
    private void dragIntoStart(FxRobot robot, String type) throws Exception {
        JsonNode category = page.json("Kumiki.categoryRect(0)");
        robot.clickOn(page.onScreen(category.path("x").asDouble() + category.path("width").asDouble() / 2,
                category.path("y").asDouble() + category.path("height").asDouble() / 2));
        waitUntil("the flyout shows " + type, () -> page.js("Kumiki.blockRect('" + type + "', true)") != null);
        JsonNode source = page.json("Kumiki.blockRect('" + type + "', true)");
        JsonNode target = page.json("Kumiki.inputPoint(Kumiki.blockIdOf('kumiki_on_start'), 'DO')");
        // Grab the block near its top-left corner and drop that corner where the start block's slot is.
        double grabX = 10;
        double grabY = 8;
        Point2D from = page.onScreen(source.path("x").asDouble() + grabX, source.path("y").asDouble() + grabY);
        Point2D to = page.onScreen(target.path("x").asDouble() + grabX, target.path("y").asDouble() + grabY);
        robot.drag(from).moveTo(page.onScreen(500, 450)).moveTo(to).drop();
    }

    private String feedback(FxRobot robot) {
        VBox box = robot.lookup("#lesson-feedback").queryAs(VBox.class);
        StringBuilder b = new StringBuilder();
        box.getChildren().forEach(n -> b.append(((Label) n).getText()).append('\n'));
        return b.toString();
    }

    @Test
    void aChildPlaysLessonOneFromStartToFinish(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        robot.clickOn("#tool-lessons");
        waitUntil("the lesson list shows", () -> robot.lookup("#lesson-list").tryQuery().isPresent());
        Button startButton = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Start")).findFirst().orElseThrow();
        robot.clickOn(startButton);
        waitUntil("lesson 1 starts", () -> robot.lookup("#lesson-progress").tryQuery().isPresent()
                && robot.lookup("#lesson-progress").tryQueryAs(Label.class)
                        .map(l -> "Step 1 of 3".equals(l.getText())).orElse(false));
        waitUntil("the starter is on the canvas", () -> "1".equals(page.js("String(Kumiki.blockCount())")));
        assertThat(robot.lookup("#lesson-step-title").queryAs(Label.class).getText()).isEqualTo("Paint the screen");
        // The toolbox holds only what step 1 needs: one category.
        assertThat(page.js("Kumiki.categoryRect(1)")).isNull();
        assertThat(robot.lookup("#lesson-next").queryAs(Button.class).isDisabled()).isTrue();

        // Check my work before doing anything says what to do, in words.
        robot.clickOn("#lesson-check");
        waitUntil("the check answers", () -> !feedback(robot).isEmpty());
        assertThat(feedback(robot)).contains("Put the “fill screen with …” block inside “when Kumiki starts”.");

        // "Show me" floats the step's blocks over the canvas, apart from the child's program.
        robot.clickOn("#lesson-showme");
        waitUntil("the example shows", () -> "true".equals(page.js("String(Kumiki.hintShown())")));
        assertThat(page.js("String(Kumiki.blockCount())")).isEqualTo("1");
        WaitForAsyncUtils.asyncFx(() -> window.blockly().hideHint()).get();

        // Step 1: drag "fill screen with" into the start block.
        dragIntoStart(robot, "kumiki_screen_fill");
        waitUntil("step 1 is done", () -> !robot.lookup("#lesson-next").queryAs(Button.class).isDisabled());
        // The words follow the button on the same check, a moment later on a loaded machine.
        waitUntil("the step says well done", () -> feedback(robot).contains("Well done!"));
        robot.clickOn("#lesson-next");
        waitUntil("step 2", () -> "Step 2 of 3".equals(robot.lookup("#lesson-progress").queryAs(Label.class).getText()));
        assertThat(vm.project().settings().path("lesson").path("step").asInt()).isEqualTo(1);

        // Step 2: drag "write" into the start block too.
        dragIntoStart(robot, "kumiki_screen_text");
        waitUntil("step 2 is done", () -> !robot.lookup("#lesson-next").queryAs(Button.class).isDisabled());
        robot.clickOn("#lesson-next");
        waitUntil("step 3", () -> "Step 3 of 3".equals(robot.lookup("#lesson-progress").queryAs(Label.class).getText()));

        // Step 3: the size is 2; the check says the range; the child types 5.
        robot.clickOn("#lesson-check");
        waitUntil("the check answers", () -> feedback(robot).contains("between 3 and 7"));
        JsonNode size = page.json("Kumiki.inputBlockRect('kumiki_screen_text', 'SIZE')");
        robot.clickOn(page.onScreen(size.path("x").asDouble() + size.path("width").asDouble() / 2,
                size.path("y").asDouble() + size.path("height").asDouble() / 2));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("5").push(KeyCode.ENTER);
        waitUntil("step 3 is done", () -> !robot.lookup("#lesson-next").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#lesson-next").queryAs(Button.class).getText()).isEqualTo("Finish");
        robot.clickOn("#lesson-next");
        waitUntil("the lesson is finished", () -> feedback(robot).contains("You finished the lesson!"));

        Path shot = Path.of("target/screenshots/lesson-finished.png");
        Files.createDirectories(shot.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(WaitForAsyncUtils.asyncFx(() -> window.lessonPanel().getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS), null), "png", shot.toFile());

        // Saved and opened again: the lesson and the child's place come back with the project.
        Path file = home.resolve("lesson1.kumiki");
        WaitForAsyncUtils.asyncFx(() -> {
            vm.saveAs(file);
            return null;
        }).get();
        Project saved = ProjectFile.read(file);
        assertThat(saved.files()).containsKeys("lesson/lesson.json", "lesson/en.md", "lesson/ja.md");
        assertThat(saved.settings().path("lesson").path("step").asInt()).isEqualTo(2);
        assertThat(saved.settings().path("lesson").path("finished").asBoolean()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.newProject();
            return null;
        }).get();
        waitUntil("lesson mode ends with another project", () -> window.lessons().lessonProperty().get() == null);
        WaitForAsyncUtils.asyncFx(() -> {
            window.open(file);
            return null;
        }).get();
        // Opening reads the file and parses the lesson off the FX thread: the panel appears when they are done.
        waitUntil("the lesson is back at step 3", () -> window.lessons().lessonProperty().get() != null
                && robot.lookup("#lesson-progress").tryQueryAs(Label.class)
                        .map(l -> "Step 3 of 3".equals(l.getText())).orElse(false));
    }
}
