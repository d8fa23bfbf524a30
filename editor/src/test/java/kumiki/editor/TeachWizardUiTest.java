package kumiki.editor;

import static kumiki.editor.Page.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kumiki.editor.ui.TeachWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A child's whole path through the Teach wizard with the built-in examples and no board, in the real
 * window: Teach, pick a movement, keep the suggested names, use the built-in examples, train, open a
 * mistake, try it on an example, use it, and export the sketch. Every step is pictured at 1280×800
 * (target/teach-shots) for a person to look at, in English and in Japanese; the clicks are counted.
 */
@ExtendWith(ApplicationExtension.class)
class TeachWizardUiTest extends EditorWindowTest {
    static final Path SHOTS = Path.of("target", "teach-shots");

    private int clicks;

    @Start
    void start(Stage stage) throws Exception {
        open(stage, vm -> vm.newProject(), 1280, 800);
    }

    private void click(FxRobot robot, String query) {
        robot.clickOn(query);
        clicks++;
    }

    private void shot(TeachWizard wizard, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> wizard.stage().getScene().getRoot().snapshot(null, null)).get(20, TimeUnit.SECONDS);
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name + ".png").toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
    }

    /** Looks on the FX thread: the wizard rebuilds its steps there while the test waits. */
    private static <T> T fx(java.util.concurrent.Callable<T> look) throws Exception {
        return WaitForAsyncUtils.asyncFx(look).get(20, TimeUnit.SECONDS);
    }

    private static boolean present(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().isPresent());
    }

    private TeachWizard wizard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.openTeach()).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aChildTeachesAMovementWithTheBuiltInExamplesAndExportsTheSketchInEnglish(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path out)
            throws Exception {
        walk(robot, out, "en");
    }

    @Test
    void theSameInJapanese(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        robot.clickOn("#language-ja");
        walk(robot, out, "ja");
    }

    private void walk(FxRobot robot, Path out, String lang) throws Exception {
        waitUntil("Blockly is ready", window::isPageReady);
        clicks = 0;
        click(robot, "#tool-teach");
        waitUntil("the wizard is open", () -> present(robot, "#teach-kind-motion"));
        TeachWizard wizard = wizard();
        shot(wizard, lang + "-0-start");
        click(robot, "#teach-kind-motion");
        shot(wizard, lang + "-1-what");
        click(robot, "#teach-next");
        waitUntil("the names step", () -> present(robot, "#teach-chip-idle"));
        assertThat(fx(() -> robot.lookup(".kumiki-teach-chip").queryAll().size())).isEqualTo(4);
        shot(wizard, lang + "-2-names");
        click(robot, "#teach-next");
        waitUntil("the examples step", () -> present(robot, "#teach-sample-set"));
        click(robot, "#teach-sample-set");
        waitUntil("60 examples are in the project", () -> vm.sampleCounts().values().stream().mapToInt(i -> i).sum() == 60);
        waitUntil("the thumbnails show", () -> fx(() -> robot.lookup(".kumiki-teach-thumb").queryAll().size()) == 60);
        shot(wizard, lang + "-3-examples");
        click(robot, "#teach-next");
        waitUntil("the train step", () -> present(robot, "#teach-train"));
        click(robot, "#teach-train");
        waitUntil("training ends on the results", () -> present(robot, "#teach-accuracy"));
        String accuracy = fx(() -> robot.lookup("#teach-accuracy").queryAs(Labeled.class).getText());
        assertThat(accuracy).matches(lang.equals("en") ? "It got \\d+ of 20 right on examples it had never seen\\."
                : "みたことの ない おてほん 20こ のうち \\d+こ あたったよ。");
        assertThat(present(robot, "#teach-confusion")).isTrue();
        int clicksToResults = clicks;
        shot(wizard, lang + "-5-results");

        // A mistake opens to show the example (not counted: looking is not on the way).
        var mistakes = fx(() -> robot.lookup(n -> n.getId() != null && n.getId().startsWith("teach-mistake-")).queryAll());
        if (!mistakes.isEmpty()) {
            robot.clickOn((Node) mistakes.iterator().next());
            waitUntil("the mistake is shown", () -> fx(() -> robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                    && (l.getText().startsWith("This was a") || l.getText().startsWith("これは "))).tryQuery().isPresent()));
            shot(wizard, lang + "-5-results-mistake");
        }
        // Back to the training step to picture its chart, then on again (not counted either).
        robot.clickOn("#teach-back");
        waitUntil("the chart", () -> present(robot, "#teach-chart"));
        shot(wizard, lang + "-4-train");
        // The expert drawer, opened for its picture and closed again.
        robot.clickOn("#teach-expert .title");
        waitUntil("the drawer is open", () -> fx(() -> robot.lookup("#teach-window").query().isVisible()));
        assertThat(fx(() -> robot.lookup("#teach-window").queryComboBox().getItems())).containsExactly(1000, 1500, 2000);
        shot(wizard, lang + "-4-train-expert");
        robot.clickOn("#teach-expert .title");
        robot.clickOn("#teach-next");
        waitUntil("the results again", () -> present(robot, "#teach-accuracy"));
        clicks = clicksToResults;

        click(robot, "#teach-next");
        waitUntil("the try step", () -> present(robot, "#teach-recognised"));
        robot.clickOn((Node) fx(() -> robot.lookup(n -> n.getId() != null && n.getId().startsWith("teach-try-wave.")).query()));
        waitUntil("the model said something", () -> fx(() -> robot.lookup("#teach-certainty-wave")
                .queryAs(javafx.scene.control.ProgressBar.class).getProgress()) > 0);
        shot(wizard, lang + "-6-try");
        click(robot, "#teach-next");
        waitUntil("the use step", () -> present(robot, "#teach-use"));
        shot(wizard, lang + "-7-use");
        click(robot, "#teach-use");
        waitUntil("the wizard closed", () -> !wizard.stage().isShowing());

        waitUntil("the starter program is on the canvas", () -> page.js("Kumiki.save()").split("kumiki_teach_when_recognised", -1).length == 5);
        assertThat(vm.project().files()).containsKeys("model/model.json", "model/model.tflite");
        robot.clickOn("#tool-zoomFit");
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        var program = WaitForAsyncUtils.asyncFx(() -> window.blockly().view().getScene().getRoot().snapshot(null, null)).get(20, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(program, null), "png", SHOTS.resolve(lang + "-8-program.png").toFile());
        // The toolbar, Teach included, fits a 1280-pixel screen in both languages.
        assertThat(program.getWidth()).isEqualTo(1280);
        waitUntil("the code uses the model", () -> vm.codeProperty().get().contains("#include \"kumiki_model.h\""));
        Path ino = vm.exportSketch(vm.project(), out);
        assertThat(Files.readString(ino)).contains("void when_wave_recognised() {");
        assertThat(ino.getParent().resolve("kumiki_model.h")).exists();
        // Export and the folder chooser's Save are the last two clicks.
        clicks += 2;
        assertThat(clicks).as("clicks from a new project to an exported sketch").isLessThanOrEqualTo(12);
        Files.writeString(SHOTS.resolve(lang + "-clicks.txt"), clicks + "\n");
    }
}
