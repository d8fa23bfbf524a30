package kumiki.ml.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which examples the model is tested on, never trained on. A test is only honest when it is like the
 * next child: so when examples carry session tags, whole sessions (or people) are held out, never
 * single files from a session the model trained on. Without tags, the most recently recorded
 * examples of each label are. With too few examples there is no test, and the model says so.
 */
public final class HoldOut {
    /** The test takes about this share of the examples. */
    static final double TEST_SHARE = 0.2;
    /** Training keeps at least this many examples of every label. */
    static final int KEEP_FOR_TRAINING = TrainingReadiness.MIN_PER_CLASS;

    public enum Kind { SESSIONS, RECENT, NONE }

    /**
     * @param groups for each training example, the recording group it belongs to (its session, or
     *               itself): cross-validation keeps a group on one side
     */
    public record Split(List<Sample> train, List<Sample> test, Kind kind, List<String> heldOutSessions,
                        Map<String, String> groups) {
        /** In words: "tested on 2 recording sessions it never saw (24 examples)". */
        public Sentence description() {
            return switch (kind) {
                case SESSIONS -> new Sentence("split.sessions", heldOutSessions.size(), String.join(", ", heldOutSessions),
                        test.size());
                case RECENT -> new Sentence("split.recent", test.size());
                case NONE -> new Sentence("split.none");
            };
        }

        public boolean tested() {
            return kind != Kind.NONE;
        }
    }

    private HoldOut() {
    }

    /** True when the tags say something: at least two sessions, and some session with two examples. */
    public static boolean hasSessions(List<Sample> samples) {
        Map<String, Integer> count = new HashMap<>();
        for (Sample s : samples) {
            count.merge(SessionTags.of(s.file()), 1, Integer::sum);
        }
        count.remove("");
        return count.size() >= 2 && count.values().stream().anyMatch(c -> c >= 2);
    }

    public static Split split(List<Sample> samples) {
        if (hasSessions(samples)) {
            // Never single files from a session the model trains on: whole sessions, or no test.
            Split bySession = bySession(samples);
            return bySession != null ? bySession : untested(samples);
        }
        return byRecency(samples);
    }

    private static Split bySession(List<Sample> samples) {
        Map<String, List<Sample>> sessions = new TreeMap<>(SESSION_ORDER);
        for (Sample s : samples) {
            sessions.computeIfAbsent(SessionTags.of(s.file()), k -> new ArrayList<>()).add(s);
        }
        List<String> names = new ArrayList<>(sessions.keySet());
        names.remove("");
        List<String> held = new ArrayList<>();
        List<Sample> test = new ArrayList<>();
        Map<String, Integer> left = Dataset.countsOf(samples);
        // The latest sessions first, until the test holds its share; training keeps enough of every label.
        for (int i = names.size() - 1; i >= 1 && test.size() < TEST_SHARE * samples.size(); i--) {
            List<Sample> session = sessions.get(names.get(i));
            Map<String, Integer> after = new HashMap<>(left);
            session.forEach(s -> after.merge(s.label(), -1, Integer::sum));
            if (after.values().stream().anyMatch(c -> c < KEEP_FOR_TRAINING)) {
                continue;
            }
            left = after;
            held.add(0, names.get(i));
            test.addAll(session);
        }
        if (held.isEmpty()) {
            return null;
        }
        List<Sample> train = samples.stream().filter(s -> !held.contains(SessionTags.of(s.file()))).toList();
        Map<String, String> groups = new LinkedHashMap<>();
        for (Sample s : train) {
            String tag = SessionTags.of(s.file());
            groups.put(s.file(), tag.isEmpty() ? s.file() : tag);
        }
        return new Split(train, List.copyOf(test), Kind.SESSIONS, List.copyOf(held), groups);
    }

    private static Split byRecency(List<Sample> samples) {
        Map<String, List<Sample>> byLabel = new TreeMap<>();
        for (Sample s : samples) {
            byLabel.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(s);
        }
        List<Sample> test = new ArrayList<>();
        for (List<Sample> examples : byLabel.values()) {
            int take = Math.min((int) Math.round(examples.size() * TEST_SHARE), examples.size() - KEEP_FOR_TRAINING);
            if (take <= 0) {
                continue;
            }
            List<Sample> newestFirst = new ArrayList<>(examples);
            newestFirst.sort(Comparator.comparingLong((Sample s) -> SessionTags.number(s.file()))
                    .thenComparing(Sample::file).reversed());
            test.addAll(newestFirst.subList(0, take));
        }
        List<Sample> train = samples.stream().filter(s -> !test.contains(s)).toList();
        Map<String, String> groups = new LinkedHashMap<>();
        boolean tagged = hasSessions(samples);
        for (Sample s : train) {
            String tag = SessionTags.of(s.file());
            groups.put(s.file(), tagged && !tag.isEmpty() ? tag : s.file());
        }
        return new Split(train, List.copyOf(test), test.isEmpty() ? Kind.NONE : Kind.RECENT, List.of(), groups);
    }

    private static Split untested(List<Sample> samples) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (Sample s : samples) {
            String tag = SessionTags.of(s.file());
            groups.put(s.file(), tag.isEmpty() ? s.file() : tag);
        }
        return new Split(List.copyOf(samples), List.of(), Kind.NONE, List.of(), groups);
    }

    /** s2 before s10: numbers inside tags compare as numbers. */
    static final Comparator<String> SESSION_ORDER = (a, b) -> {
        String na = a.replaceAll("\\D", "");
        String nb = b.replaceAll("\\D", "");
        String pa = a.replaceAll("\\d", "");
        String pb = b.replaceAll("\\d", "");
        int c = pa.compareTo(pb);
        if (c != 0 || na.isEmpty() || nb.isEmpty() || na.length() > 9 || nb.length() > 9) {
            return c != 0 ? c : a.compareTo(b);
        }
        c = Long.compare(Long.parseLong(na), Long.parseLong(nb));
        return c != 0 ? c : a.compareTo(b);
    };
}
