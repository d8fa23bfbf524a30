package kumiki.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import kumiki.codegen.KumikiCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The curriculum in lessons/: each lesson checks clean, each solution passes, each starter gets the right first hint. */
class BundledLessonsTest {
    static final LessonChecker CHECKER = new LessonChecker(BlockLabels.headless());

    static Path dir() {
        return Path.of(System.getProperty("kumiki.lessons", "../lessons/curriculum"));
    }

    static List<String> lessons() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Lesson load(String id) throws LessonException {
        return LessonLoader.load(LessonPack.open(dir().resolve(id)));
    }

    @Test
    void theCurriculumHasEightLessonsInBothLanguagesAndHiraganaForTheFirstThree() throws Exception {
        assertThat(lessons()).hasSizeGreaterThanOrEqualTo(8).contains("hello-wio", "button-piano", "light-meter",
                "tilt-game", "plot-your-data", "score-counter", "teach-gesture", "teach-sound");
        for (String id : lessons()) {
            assertThat(load(id).texts()).as(id).containsKeys("en", "ja");
        }
        for (String id : List.of("hello-wio", "button-piano", "light-meter")) {
            assertThat(load(id).texts()).as(id).containsKey("ja-Hira");
        }
        assertThat(load("teach-gesture").needsMl()).isTrue();
        assertThat(load("teach-sound").needsMl()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void lessonCheckFindsNothingToFix(String id) throws Exception {
        LessonValidator v = new LessonValidator(new HashSet<>(KumikiCompiler.blockTypes()), CHECKER, Locale.ENGLISH);
        assertThat(v.validate(load(id))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyStepsSolutionPassesItsCheckAndTheFinalSolutionPassesTheLastStep(String id) throws Exception {
        Lesson l = load(id);
        if (l.needsMl()) {
            return;
        }
        for (Step s : l.steps()) {
            assertThat(CHECKER.missing(s, s.solutionJson(), "en")).as("%s/%s", id, s.id()).isEmpty();
            assertThat(CHECKER.missing(s, s.solutionJson(), "ja")).as("%s/%s", id, s.id()).isEmpty();
        }
        assertThat(CHECKER.missing(l.steps().get(l.steps().size() - 1), l.solutionJson(), "en")).isEmpty();
        // And no step is done before it starts: each check fails on the step before's solution.
        for (int i = 1; i < l.steps().size(); i++) {
            assertThat(CHECKER.missing(l.steps().get(i), l.steps().get(i - 1).solutionJson(), "en"))
                    .as("%s step %d on step %d's solution", id, i + 1, i).isNotEmpty();
        }
    }

    /** What a child sees first on pressing "Check my work" with the starter: read and approved by a person. */
    static final Map<String, String> FIRST_HINT = Map.of(
            "hello-wio", "Put the “fill screen with …” block inside “when Kumiki starts”.",
            "button-piano", "Put the “play note … for … beats” block inside “when button A is pressed”.",
            "light-meter", "Add the “every … milliseconds” block.",
            "tilt-game", "Put the “draw … circle at x … y … radius … colour …” block inside “forever”.",
            "plot-your-data", "Put the “plot …” block inside “forever”.",
            "score-counter", "Put the “set … to …” block inside “when Kumiki starts”.");

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theStarterFailsTheFirstCheckWithTheExpectedWords(String id) throws Exception {
        Lesson l = load(id);
        if (l.needsMl()) {
            return;
        }
        List<String> missing = CHECKER.missing(l.steps().get(0), l.starterJson(), "en");
        assertThat(missing).first().isEqualTo(FIRST_HINT.get(id));
        assertThat(CHECKER.missing(l.steps().get(0), l.starterJson(), "ja")).first().asString().contains("「", "」");
    }

    @Test
    void japaneseHintsNameTheJapaneseBlocks() throws Exception {
        Lesson l = load("hello-wio");
        assertThat(CHECKER.missing(l.steps().get(0), l.starterJson(), "ja"))
                .containsExactly("「がめんを … で ぬる」ブロックを「くみきが はじまったとき」の なかに いれましょう。");
    }
}
