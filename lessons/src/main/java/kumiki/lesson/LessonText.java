package kumiki.lesson;

import java.util.List;

/** One language's Markdown for a lesson: the title ({@code #}) and one part per step ({@code ##}). */
public record LessonText(String language, String file, String title, int titleLine, String intro, List<StepText> steps) {
    public LessonText {
        steps = List.copyOf(steps);
    }

    /** A step's words: heading, body (Markdown, shown as text), hint (the step's {@code >} lines). */
    public record StepText(String title, String body, String hint, int line, List<ImageRef> images) {
        public StepText {
            images = List.copyOf(images);
        }
    }

    /** {@code ![alt](path)} and the line it is on. */
    public record ImageRef(String alt, String path, int line) {
    }
}
