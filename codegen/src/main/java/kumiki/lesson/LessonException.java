package kumiki.lesson;

import java.util.Locale;
import kumiki.codegen.Messages;

/** A lesson that cannot be opened at all, with the reason as a bundle key (both languages). */
public final class LessonException extends Exception {
    private final String key;
    private final transient Object[] args;

    public LessonException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return Messages.get(locale, key, args);
    }

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }
}
