package kumiki.ml.dataset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who or when an example was recorded, from its file name: {@code wave.s2.014.csv} was recorded in
 * session {@code s2}. The recorder writes one tag per recording session; a person's name works as a
 * tag too ({@code wave.aiko.003.csv}). Names without a tag, as Edge Impulse writes them
 * ({@code wave.017.csv}), have none.
 */
public final class SessionTags {
    private static final Pattern TAGGED = Pattern.compile("[^.]+\\.([A-Za-z][A-Za-z0-9_-]{0,31})\\.([^.]+)\\.(csv|wav)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,9})(?=\\.(csv|wav)$)", Pattern.CASE_INSENSITIVE);

    private SessionTags() {
    }

    /** The session tag, or "" when the name has none. */
    public static String of(String fileName) {
        Matcher m = TAGGED.matcher(fileName);
        return m.matches() ? m.group(1) : "";
    }

    /** The recorder's running number at the end of the name, or -1: higher is more recent. */
    public static long number(String fileName) {
        Matcher m = NUMBER.matcher(fileName);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The tag for a new recording session: {@code s} and a number. */
    public static String forSession(int session) {
        return "s" + session;
    }
}
