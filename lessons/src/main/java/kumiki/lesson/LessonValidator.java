package kumiki.lesson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code kumiki lesson check}: everything a teacher should fix before handing a lesson to a class,
 * each with its file and line. Missing translations, unknown blocks, steps whose own solution does not
 * pass their check, images that are missing, remote, too big or not images, and HTML that will show as text.
 */
public final class LessonValidator {
    public static final int MAX_IMAGE_SIDE = 2048;
    public static final int MAX_IMAGE_BYTES = 1 << 20;
    private static final Pattern REMOTE = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*:|//).*");

    private final Set<String> knownTypes;
    private final LessonChecker checker;
    private final Locale locale;

    public LessonValidator(Set<String> knownTypes, LessonChecker checker, Locale locale) {
        this.knownTypes = Set.copyOf(knownTypes);
        this.checker = checker;
        this.locale = locale;
    }

    public List<LessonProblem> validate(Lesson lesson) {
        List<LessonProblem> out = new ArrayList<>();
        String lessonJson = new String(lesson.pack().file("lesson.json"), StandardCharsets.UTF_8);
        for (String lang : List.of("en", "ja")) {
            if (!lesson.titles().containsKey(lang) || lesson.titles().get(lang).isBlank()) {
                out.add(error("lesson.json", lineOf(lessonJson, "\"title\""), "lesson.problem.noTitle", lang));
            }
            if (!lesson.texts().containsKey(lang)) {
                out.add(error(lang + ".md", 0, "lesson.problem.noTranslation", lang));
            }
        }
        if (lesson.steps().isEmpty()) {
            out.add(error("lesson.json", lineOf(lessonJson, "\"steps\""), "lesson.problem.noSteps"));
        }
        for (LessonText text : lesson.texts().values()) {
            checkText(lesson, text, out);
        }
        checkBlocks(lesson, lessonJson, out);
        if (!lesson.needsMl()) {
            checkSolutions(lesson, lessonJson, out);
        }
        return out;
    }

    private void checkText(Lesson lesson, LessonText text, List<LessonProblem> out) {
        if (text.title().isBlank()) {
            out.add(error(text.file(), 1, "lesson.problem.noHeading"));
        }
        if (text.steps().size() != lesson.steps().size()) {
            int line = text.steps().isEmpty() ? 1 : text.steps().get(text.steps().size() - 1).line();
            out.add(error(text.file(), line, "lesson.problem.stepCount", text.steps().size(), lesson.steps().size()));
        }
        String[] lines = new String(lesson.pack().file(text.file()), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (MarkdownScan.hasHtmlTag(lines[i])) {
                out.add(note(text.file(), i + 1, "lesson.problem.html"));
            }
        }
        for (LessonText.StepText step : text.steps()) {
            if (step.body().isBlank()) {
                out.add(error(text.file(), step.line(), "lesson.problem.emptyStep", step.title()));
            }
            for (LessonText.ImageRef image : step.images()) {
                checkImage(lesson, text.file(), image, out);
            }
        }
    }

    private void checkImage(Lesson lesson, String file, LessonText.ImageRef image, List<LessonProblem> out) {
        String path = image.path();
        if (REMOTE.matcher(path).matches()) {
            out.add(error(file, image.line(), "lesson.problem.remoteImage", path));
            return;
        }
        if (!kumiki.project.SafeZip.isSafeName(path)) {
            out.add(error(file, image.line(), "lesson.problem.outsideImage", path));
            return;
        }
        byte[] bytes = lesson.pack().file(path);
        if (bytes == null) {
            out.add(error(file, image.line(), "lesson.problem.missingImage", path));
            return;
        }
        int[] size = ImageInfo.dimensions(bytes);
        if (size == null) {
            out.add(error(file, image.line(), "lesson.problem.notImage", path));
        } else if (size[0] > MAX_IMAGE_SIDE || size[1] > MAX_IMAGE_SIDE || bytes.length > MAX_IMAGE_BYTES) {
            out.add(error(file, image.line(), "lesson.problem.hugeImage", path, size[0], size[1], MAX_IMAGE_SIDE,
                    MAX_IMAGE_BYTES >> 20));
        }
    }

    private void checkBlocks(Lesson lesson, String lessonJson, List<LessonProblem> out) {
        Set<String> used = new LinkedHashSet<>();
        List<String> workspaces = new ArrayList<>();
        workspaces.add(lesson.starterJson());
        workspaces.add(lesson.solutionJson());
        for (Step s : lesson.steps()) {
            workspaces.add(s.blocksJson());
            workspaces.add(s.solutionJson());
            for (CheckRule r : s.check()) {
                if (r.min() != null && r.max() != null && r.min() > r.max()) {
                    out.add(error("lesson.json", lineOf(lessonJson, "\"id\": \"" + s.id() + "\""), "lesson.problem.badRange",
                            r.block(), r.min(), r.max()));
                }
                used.add(r.isForbid() ? r.forbid() : r.block());
                if (r.inside() != null) {
                    used.add(r.inside());
                }
            }
        }
        for (String w : workspaces) {
            try {
                for (WorkspaceBlocks.Node n : WorkspaceBlocks.of(w)) {
                    used.add(n.type());
                }
                if (w != null) {
                    shadowTypes(w, used);
                }
            } catch (LessonException e) {
                out.add(error("lesson.json", 0, "lesson.problem.badWorkspace", e.message(locale)));
            }
        }
        for (String type : used) {
            if (!knownTypes.contains(type)) {
                out.add(error("lesson.json", lineOf(lessonJson, "\"" + type + "\""), "lesson.problem.unknownBlock", type));
            }
        }
    }

    private static void shadowTypes(String workspaceJson, Set<String> used) {
        java.util.regex.Matcher m = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"").matcher(workspaceJson);
        while (m.find()) {
            used.add(m.group(1));
        }
    }

    private void checkSolutions(Lesson lesson, String lessonJson, List<LessonProblem> out) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step s = lesson.steps().get(i);
            if (s.check().isEmpty()) {
                continue;
            }
            String solution = s.solutionJson() != null ? s.solutionJson()
                    : i == lesson.steps().size() - 1 ? lesson.solutionJson() : null;
            int line = lineOf(lessonJson, "\"id\" : \"" + s.id() + "\"", "\"id\": \"" + s.id() + "\"", "\"id\":\"" + s.id() + "\"");
            if (solution == null) {
                out.add(error("lesson.json", line, "lesson.problem.noSolution", i + 1));
                continue;
            }
            try {
                List<String> missing = checker.missing(s, solution, locale.getLanguage());
                if (!missing.isEmpty()) {
                    out.add(error("lesson.json", line, "lesson.problem.unsatisfiable", i + 1, missing.get(0)));
                }
            } catch (LessonException e) {
                out.add(error("lesson.json", line, "lesson.problem.badWorkspace", e.message(locale)));
            }
        }
    }

    /** The first line holding any of {@code needles}, or 0. */
    static int lineOf(String text, String... needles) {
        int best = -1;
        for (String needle : needles) {
            int at = text.indexOf(needle);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        if (best < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < best; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private LessonProblem error(String file, int line, String key, Object... args) {
        return new LessonProblem(true, file, line, LessonException.WORDS.get(locale, key, args));
    }

    private LessonProblem note(String file, int line, String key, Object... args) {
        return new LessonProblem(false, file, line, LessonException.WORDS.get(locale, key, args));
    }
}
