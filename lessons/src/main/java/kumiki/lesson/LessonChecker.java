package kumiki.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says what a workspace still misses for a step, in words that tell the child what to do
 * ("Put the “play note … for … beats” block inside “when button A is pressed”"), never just "wrong".
 */
public final class LessonChecker {
    private final BlockLabels labels;

    public LessonChecker(BlockLabels labels) {
        this.labels = labels;
    }

    /** Empty when the step is done. */
    public List<String> missing(Step step, String workspaceJson, String language) throws LessonException {
        List<WorkspaceBlocks.Node> blocks = WorkspaceBlocks.of(workspaceJson);
        List<String> out = new ArrayList<>();
        for (CheckRule rule : step.check()) {
            String m = missing(rule, blocks, language);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private String missing(CheckRule rule, List<WorkspaceBlocks.Node> blocks, String lang) {
        Locale locale = lang.startsWith("ja") ? Locale.JAPANESE : Locale.ENGLISH;
        if (rule.isForbid()) {
            boolean present = blocks.stream().anyMatch(b -> b.attached() && b.type().equals(rule.forbid()));
            return present ? LessonException.WORDS.get(locale, "lesson.check.forbid", label(rule.forbid(), Map.of(), lang)) : null;
        }
        List<WorkspaceBlocks.Node> ofType = blocks.stream().filter(b -> b.type().equals(rule.block())).toList();
        List<WorkspaceBlocks.Node> attached = ofType.stream().filter(WorkspaceBlocks.Node::attached).toList();
        List<WorkspaceBlocks.Node> withValues = attached.stream().filter(b -> fieldsMatch(b, rule) && inRange(b, rule)).toList();
        long good = withValues.stream().filter(b -> isInside(b, rule)).count();
        if (good >= rule.count()) {
            return null;
        }
        // Name the block as it must end up ("acceleration x"), except when saying what to change.
        String plain = label(rule.block(), Map.of(), lang);
        String what = rule.fields().isEmpty() ? plain : label(rule.block(), rule.fields(), lang);
        String where = rule.inside() == null ? null : label(rule.inside(), rule.insideFields(), lang);
        if (where != null && withValues.size() > good) {
            return LessonException.WORDS.get(locale, "lesson.check.inside", what, where);
        }
        if (attached.size() > withValues.size()) {
            if (rule.hasRange() && !attached.stream().allMatch(b -> inRange(b, rule))) {
                return LessonException.WORDS.get(locale, range(rule), plain, number(rule.min()), number(rule.max()));
            }
            return LessonException.WORDS.get(locale, "lesson.check.set", plain, what);
        }
        if (ofType.size() > attached.size()) {
            return LessonException.WORDS.get(locale, "lesson.check.attach", what);
        }
        if (where != null) {
            return LessonException.WORDS.get(locale, rule.count() > 1 ? "lesson.check.addManyInside" : "lesson.check.addInside",
                    what, where, rule.count(), good);
        }
        return LessonException.WORDS.get(locale, rule.count() > 1 ? "lesson.check.addMany" : "lesson.check.add", what, rule.count(), good);
    }

    private static String range(CheckRule rule) {
        if (rule.min() != null && rule.max() != null) {
            return "lesson.check.between";
        }
        return rule.min() != null ? "lesson.check.atLeast" : "lesson.check.atMost";
    }

    private static String number(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) ? Long.toString(d.longValue()) : Double.toString(d);
    }

    private String label(String type, Map<String, String> fields, String lang) {
        return labels.label(type, fields, lang);
    }

    private static boolean fieldsMatch(WorkspaceBlocks.Node b, CheckRule rule) {
        return matches(b.fields(), rule.fields());
    }

    private static boolean matches(Map<String, String> actual, Map<String, String> wanted) {
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            String v = actual.get(e.getKey());
            if (v == null || !same(v, e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** "500" and "500.0" are the same number; text compares exactly. */
    private static boolean same(String a, String b) {
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    private static boolean inRange(WorkspaceBlocks.Node b, CheckRule rule) {
        if (!rule.hasRange()) {
            return true;
        }
        Double v = b.numbers().get(rule.input());
        return v != null && (rule.min() == null || v >= rule.min()) && (rule.max() == null || v <= rule.max());
    }

    private static boolean isInside(WorkspaceBlocks.Node b, CheckRule rule) {
        if (rule.inside() == null) {
            return true;
        }
        return b.containers().stream().anyMatch(c -> c.type().equals(rule.inside()) && matches(c.fields(), rule.insideFields()));
    }
}
