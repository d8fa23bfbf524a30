package kumiki.lesson;

import java.util.ArrayList;
import java.util.List;
import kumiki.project.Project;

/** For one student's project: which steps of a lesson it passes, and what is missing where it does not. */
public final class LessonGrader {
    private final LessonChecker checker;

    public LessonGrader(LessonChecker checker) {
        this.checker = checker;
    }

    public record StepResult(String id, boolean passed, List<String> missing) {
        public StepResult {
            missing = List.copyOf(missing);
        }
    }

    public record Grade(String project, String name, List<StepResult> steps) {
        public Grade {
            steps = List.copyOf(steps);
        }

        /** Steps passed in order from the first: how far the child got. */
        public int completed() {
            int n = 0;
            for (StepResult s : steps) {
                if (!s.passed()) {
                    break;
                }
                n++;
            }
            return n;
        }
    }

    public Grade grade(Lesson lesson, String file, Project project, String language) throws LessonException {
        List<StepResult> results = new ArrayList<>();
        for (Step step : lesson.steps()) {
            List<String> missing = checker.missing(step, project.workspaceJson(), language);
            results.add(new StepResult(step.id(), missing.isEmpty(), missing));
        }
        return new Grade(file, project.name(), results);
    }
}
