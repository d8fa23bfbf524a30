package kumiki.lesson;

/** Something {@code kumiki lesson check} found, with the file and line to look at (line 0: the whole file). */
public record LessonProblem(boolean error, String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (error ? "" : "note: ") + message;
    }
}
