package kumiki.lesson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kumiki.codegen.Behaviour;
import kumiki.codegen.Golden;
import kumiki.project.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step's solution of every bundled lesson, run through the same fixed day on the host: what
 * the child's finished program really does on the board, as a person read it.
 */
class SolutionBehaviourTest {
    static List<Arguments> solutions() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (var dirs = Files.list(BundledLessonsTest.dir())) {
            for (Path dir : dirs.sorted().toList()) {
                Lesson lesson = LessonLoader.load(LessonPack.open(dir));
                for (int i = 0; i < lesson.steps().size(); i++) {
                    String solution = lesson.steps().get(i).solutionJson();
                    if (solution != null && !solution.isBlank()) {
                        out.add(Arguments.of(lesson.id(), i + 1, solution));
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} step {1}")
    @MethodSource("solutions")
    void behavesAsItsGoldenSays(String lesson, int step, String solution) throws Exception {
        Project project = Project.create(lesson, "en").withWorkspace(solution);
        Golden.assertMatches("behaviour/" + lesson + "/step" + step + ".txt", Behaviour.of(project));
    }
}
