package kumiki.ml.dataset;

import java.util.Locale;

/** Words for a child or teacher, kept as a key and its values until someone reads them in a language. */
public record Sentence(String key, Object... args) {
    public String in(Locale locale) {
        return DatasetIssue.WORDS.get(locale, key, args);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
