package kumiki.lesson;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A lesson: what lesson.json says, plus the Markdown of each language. */
public record Lesson(String id, Map<String, String> titles, String level, String ages, int minutes, String board,
                     Set<String> needs, String starterJson, String solutionJson, List<Step> steps,
                     Map<String, LessonText> texts, LessonPack pack) {
    public static final int FORMAT = 1;
    /** Languages a lesson may have; en and ja are required, ja-Hira (hiragana only, for young children) is optional. */
    public static final List<String> LANGUAGES = List.of("en", "ja", "ja-Hira");

    public Lesson {
        titles = Map.copyOf(titles);
        needs = Set.copyOf(needs);
        steps = List.copyOf(steps);
        texts = Map.copyOf(texts);
    }

    /** Lessons waiting for the ML blocks cannot be checked yet. */
    public boolean needsMl() {
        return needs.contains("ml");
    }

    /** The language to show: the one asked for, else Japanese for ja-Hira, else English. */
    public LessonText text(String language) {
        LessonText t = texts.get(language);
        if (t == null && language.startsWith("ja")) {
            t = texts.get("ja");
        }
        return t != null ? t : texts.get("en");
    }

    public String title(String language) {
        String t = titles.get(language);
        if (t == null && language.startsWith("ja")) {
            t = titles.get("ja");
        }
        return t != null ? t : titles.getOrDefault("en", id);
    }
}
