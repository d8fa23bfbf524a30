package kumiki.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kumiki.codegen.KumikiCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teacher mode's model: a lesson made with buttons, no JSON by hand, that checks clean once exported. */
class LessonDraftTest {
    @TempDir
    Path tmp;

    final LessonChecker checker = new LessonChecker(BlockLabels.headless());

    @Test
    void aCheckMadeFromTheWorkspaceIsExactUntilTheTeacherLoosensIt() throws Exception {
        Lesson piano = BundledLessonsTest.load("button-piano");
        String solution = piano.steps().get(0).solutionJson();
        List<CheckRule> rules = LessonDraft.checkFrom(solution);
        // The starter's title text, and button A's fill, text and note, each in its own start block.
        assertThat(rules).contains(
                new CheckRule("kumiki_play_note", 1, Map.of(), null, null, null, "kumiki_on_button", Map.of("BUTTON", "A"), null),
                new CheckRule("kumiki_screen_text", 1, Map.of(), null, null, null, "kumiki_on_start", Map.of(), null),
                new CheckRule("kumiki_screen_text", 1, Map.of(), "SIZE", 7.0, 7.0, null, Map.of(), null));
        Step exact = new Step("s", null, true, rules, null);
        assertThat(checker.missing(exact, solution, "en")).isEmpty();
        assertThat(checker.missing(exact, piano.starterJson(), "en")).isNotEmpty();
    }

    @Test
    void aLessonMadeInTeacherModeExportsAndChecksClean() throws Exception {
        Lesson source = BundledLessonsTest.load("hello-wio");
        LessonDraft d = new LessonDraft();
        d.id = "my-hello";
        d.titles.put("en", "My hello");
        d.titles.put("ja", "わたしの こんにちは");
        d.starterJson = source.starterJson();          // "use the workspace as the starter"
        LessonDraft.StepDraft s = new LessonDraft.StepDraft();
        s.titles.put("en", "Paint it");
        s.titles.put("ja", "ぬろう");
        s.texts.put("en", "Drag **fill screen with** into the start block.");
        s.texts.put("ja", "「がめんを ぬる」を いれよう。");
        s.hints.put("en", "It is in Screen.\nAny colour will do.");
        s.blocksJson = source.steps().get(0).blocksJson();     // "use the workspace as this step's blocks"
        s.solutionJson = source.steps().get(0).solutionJson(); // "use the workspace as this step's solution"
        s.check.addAll(LessonDraft.checkFrom(s.solutionJson)); // "make a check from the workspace"
        d.steps.add(s);

        Path file = tmp.resolve("my-hello" + LessonPack.EXTENSION);
        d.export(file);
        Lesson back = LessonLoader.load(LessonPack.open(file));
        assertThat(back.title("ja")).isEqualTo("わたしの こんにちは");
        assertThat(back.text("en").steps().get(0).hint()).isEqualTo("It is in Screen.\nAny colour will do.");
        assertThat(back.steps().get(0).check()).isEqualTo(s.check);
        assertThat(new LessonValidator(new HashSet<>(KumikiCompiler.blockTypes()), checker, Locale.ENGLISH).validate(back))
                .isEmpty();
        assertThat(checker.missing(back.steps().get(0), back.starterJson(), "en")).isNotEmpty();
    }

    @Test
    void editingABundledLessonKeepsItsStepsAndChecks() throws Exception {
        Lesson meter = BundledLessonsTest.load("light-meter");
        Lesson again = LessonLoader.load(LessonDraft.of(meter).toPack());
        assertThat(again.steps()).hasSameSizeAs(meter.steps());
        for (int i = 0; i < meter.steps().size(); i++) {
            assertThat(again.steps().get(i).check()).isEqualTo(meter.steps().get(i).check());
            assertThat(again.text("ja").steps().get(i).title()).isEqualTo(meter.text("ja").steps().get(i).title());
            assertThat(again.text("en").steps().get(i).hint()).isEqualTo(meter.text("en").steps().get(i).hint());
        }
    }
}
