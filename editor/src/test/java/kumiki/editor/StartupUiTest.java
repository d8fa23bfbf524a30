package kumiki.editor;

import static kumiki.editor.Page.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kumiki.lesson.BundledLessons;
import kumiki.lesson.Lesson;
import kumiki.project.Project;
import kumiki.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * ./kumiki FILE as the launcher does it: the project is opened before the window exists. A
 * project that carries a lesson continues it at its saved step, as Open does.
 */
@ExtendWith(ApplicationExtension.class)
class StartupUiTest extends EditorWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        Lesson lesson = BundledLessons.load(BundledLessons.IDS.get(0));
        ObjectNode progress = JsonNodeFactory.instance.objectNode().put("id", lesson.id()).put("step", 1);
        Project p = Project.create("With lesson", "en").withWorkspace(lesson.starterJson())
                .withFilesUnder(LessonViewModel.FOLDER, lesson.pack().files())
                .withSetting(LessonViewModel.SETTING, progress);
        Path file = home.resolve("with-lesson.kumiki");
        Files.createDirectories(home);
        ProjectFile.write(file, p);
        open(stage, vm -> vm.open(file), 1280, 820);
    }

    @Test
    void aProjectOpenedAtStartUpContinuesItsLesson(FxRobot robot) throws Exception {
        waitUntil("the lesson is back at step 2", () -> window.lessons().lessonProperty().get() != null
                && robot.lookup("#lesson-progress").tryQueryAs(Label.class)
                        .map(l -> l.getText().startsWith("Step 2 of")).orElse(false));
        assertThat(window.lessons().lessonProperty().get().id()).isEqualTo(BundledLessons.IDS.get(0));
    }
}
