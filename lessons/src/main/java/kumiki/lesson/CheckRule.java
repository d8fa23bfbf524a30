package kumiki.lesson;

import java.util.Map;

/**
 * One thing a step's check asks for, as data (never code). Either "at least {@code count} blocks
 * of {@code block}, with these fields, this number range in {@code input}, inside {@code inside}",
 * or, when {@code forbid} is set, "no {@code forbid} block".
 */
public record CheckRule(String block, int count, Map<String, String> fields, String input, Double min, Double max,
                        String inside, Map<String, String> insideFields, String forbid) {
    public CheckRule {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        insideFields = insideFields == null ? Map.of() : Map.copyOf(insideFields);
    }

    public static CheckRule require(String block, int count) {
        return new CheckRule(block, count, Map.of(), null, null, null, null, Map.of(), null);
    }

    public static CheckRule forbidding(String block) {
        return new CheckRule(null, 0, Map.of(), null, null, null, null, Map.of(), block);
    }

    public boolean isForbid() {
        return forbid != null;
    }

    public boolean hasRange() {
        return input != null && (min != null || max != null);
    }
}
