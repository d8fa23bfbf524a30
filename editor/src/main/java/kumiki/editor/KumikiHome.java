package kumiki.editor;

import java.nio.file.Path;

/** Where Kumiki keeps its own files: {@code ~/.kumiki}, or {@code -Dkumiki.home=...} (tests, classrooms). */
final class KumikiHome {
    private KumikiHome() {
    }

    static Path dir() {
        return Path.of(System.getProperty("kumiki.home", System.getProperty("user.home") + "/.kumiki"));
    }
}
