package kumiki.editor;

import static kumiki.editor.Page.waitUntil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import kumiki.editor.ui.TeacherWindow;
import kumiki.lesson.Lesson;
import kumiki.lesson.LessonLoader;
import kumiki.lesson.LessonPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher writes a one-step lesson with buttons and text boxes only, checks it, exports it and previews it. */
@ExtendWith(ApplicationExtension.class)
class TeacherModeUiTest extends EditorWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        open(stage, EditorViewModel::newProject, 1280, 820);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(20, TimeUnit.SECONDS);
    }

    @Test
    void writeCheckExportAndPreviewALessonWithoutJson(FxRobot robot) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        robot.clickOn("#tool-lessons");
        waitUntil("the lesson list shows", () -> robot.lookup("#lesson-list").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("Write a lesson")).findFirst().orElseThrow());
        waitUntil("teacher mode opens", () -> robot.lookup("#teacher-id").tryQuery().isPresent());

        robot.doubleClickOn("#teacher-id").eraseText(20).write("my-screen");
        robot.clickOn("#teacher-title-en").write("My screen");
        fx(() -> robot.lookup("#teacher-title-ja").queryAs(TextField.class).setText("わたしの がめん"));

        // The empty workspace is the starter; then the teacher builds the answer (here: the Hello screen sample).
        robot.clickOn("#teacher-starter");
        fx(() -> {
            try {
                vm.showSample("hello-screen");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitUntil("the sample is on the canvas", () -> vm.project().workspaceJson().contains("kumiki_screen_fill"));

        robot.clickOn("#teacher-add-step");
        waitUntil("the step editor shows", () -> robot.lookup("#teacher-step-text-en").tryQuery().isPresent());
        robot.clickOn("#teacher-step-text-en").write("Paint the screen and write hello.");
        fx(() -> robot.lookup("#teacher-step-text-ja").queryAs(TextArea.class).setText("がめんを ぬって あいさつを かこう。"));
        robot.clickOn("#teacher-step-hint-en").write("Look in Screen.");
        robot.clickOn("#teacher-step-blocks");
        robot.clickOn("#teacher-step-solution");
        robot.clickOn("#teacher-step-make-check");
        waitUntil("the check lists what the workspace has",
                () -> robot.lookup(".kumiki-teacher-rule").queryAll().size() > 3);
        // The rules name the blocks as the child sees them once headless Blockly has answered.
        waitUntil("the rules are named", () -> robot.lookup(".kumiki-teacher-rule").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("“fill screen with …” inside “when Kumiki starts”")));

        javafx.scene.Scene teacherScene = robot.lookup("#teacher-id").query().getScene();
        java.nio.file.Files.createDirectories(Path.of("target/screenshots"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                WaitForAsyncUtils.asyncFx(() -> teacherScene.snapshot(null)).get(10, TimeUnit.SECONDS), null),
                "png", Path.of("target/screenshots/teacher.png").toFile());
        robot.clickOn("#teacher-check");
        waitUntil("the lesson is checked", () -> robot.lookup("#teacher-report").queryAs(TextArea.class).getText()
                .startsWith("The lesson is ready (1 steps)."));

        TeacherWindow teacher = (TeacherWindow) robot.lookup("#teacher-id").query().getScene().getWindow().getUserData();
        Path file = home.resolve("my-screen.kumiki-lesson");
        fx(() -> ((TeacherWindow) teacher).exportTo(file));
        Lesson exported = LessonLoader.load(LessonPack.open(file));
        assertThat(exported.id()).isEqualTo("my-screen");
        assertThat(exported.title("ja")).isEqualTo("わたしの がめん");
        assertThat(exported.text("en").steps().get(0).body()).isEqualTo("Paint the screen and write hello.");
        assertThat(exported.text("en").steps().get(0).hint()).isEqualTo("Look in Screen.");
        assertThat(exported.steps().get(0).check()).isNotEmpty();

        robot.clickOn("#teacher-preview");
        waitUntil("the lesson plays as a child sees it", () -> robot.lookup("#lesson-progress").tryQuery().isPresent()
                && robot.lookup("#lesson-progress").tryQueryAs(Label.class)
                        .map(l -> "Step 1 of 1".equals(l.getText())).orElse(false));
        assertThat(window.lessons().lessonProperty().get().id()).isEqualTo("my-screen");
        waitUntil("the starter (empty) does not pass", () -> robot.lookup("#lesson-next").queryAs(Button.class).isDisabled());
    }
}
