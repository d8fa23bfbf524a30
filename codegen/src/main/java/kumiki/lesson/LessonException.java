package kumiki.lesson;

import java.util.Locale;
import kumiki.codegen.KeyedException;
import kumiki.codegen.Messages;

/** A lesson that cannot be opened at all, with the reason as a bundle key (both languages). */
public final class LessonException extends KeyedException {
    public LessonException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public String message(Locale locale) {
        return Messages.get(locale, key(), args());
    }
}
