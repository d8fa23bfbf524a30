package kumiki.ml.dataset;

import java.util.Locale;
import kumiki.project.MessageBundle;

/**
 * Something wrong with one file (it is left out) or a notice about it (it is kept).
 *
 * @param line 1-based line in the file, or 0 when the whole file is concerned
 */
public record DatasetIssue(String file, int line, boolean skipped, String key, Object... args) {
    /** Words about datasets and training ({@code kumiki/ml/messages*.properties}). */
    public static final MessageBundle WORDS = new MessageBundle("kumiki.ml.messages");

    public String message(Locale locale) {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + WORDS.get(locale, key, args);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
