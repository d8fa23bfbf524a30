package kumiki.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The curriculum that ships with Kumiki (lessons/ in the repository), in teaching order. */
public final class BundledLessons {
    public static final List<String> IDS = List.of("hello-wio", "button-piano", "light-meter", "tilt-game",
            "plot-your-data", "score-counter", "teach-gesture", "teach-sound");
    private static final List<String> FILES = List.of("lesson.json", "en.md", "ja.md", "ja-Hira.md");

    private BundledLessons() {
    }

    public static Lesson load(String id) throws LessonException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILES) {
            try (InputStream in = BundledLessons.class.getResourceAsStream("/kumiki/lessons/" + id + "/" + name)) {
                if (in != null) {
                    files.put(name, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new LessonException("lesson.unreadable", id, e.getMessage());
            }
        }
        if (files.isEmpty()) {
            throw new LessonException("lesson.notFound", id);
        }
        return LessonLoader.load(new LessonPack(id, files));
    }
}
