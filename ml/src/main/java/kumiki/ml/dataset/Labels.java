package kumiki.ml.dataset;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a label may be. Labels become file names ({@code wave.001.csv}) and names in a sketch, so
 * they are letters of any script, digits, '_' and '-', and two labels never differ only in case:
 * on Windows and macOS {@code Wave.001.csv} and {@code wave.001.csv} are the same file.
 */
public final class Labels {
    public static final int MAX_LENGTH = 40;
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}_-]{1," + MAX_LENGTH + "}");

    private Labels() {
    }

    public static boolean isValid(String label) {
        return label != null && LABEL.matcher(label).matches();
    }

    /** Names that mean "nothing is happening": the background a sound is mixed with, the rest between gestures. */
    private static final java.util.Set<String> BACKGROUND = java.util.Set.of("background", "noise", "silence", "nothing",
            "idle", "rest", "none", "_noise", "_background_noise_");

    public static boolean isBackground(String label) {
        return label != null && BACKGROUND.contains(fold(label));
    }

    /** The key two labels share when a file system would take them for one. */
    public static String fold(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
