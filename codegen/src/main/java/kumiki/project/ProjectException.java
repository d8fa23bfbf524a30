package kumiki.project;

import java.util.Locale;
import kumiki.codegen.Messages;

/** A project could not be read or written. The message is for people, in their language. */
public final class ProjectException extends Exception {
    private final String key;
    private final Object[] args;

    public ProjectException(String key, Throwable cause, Object... args) {
        super(Messages.get(Locale.ENGLISH, key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public ProjectException(String key, Object... args) {
        this(key, null, args);
    }

    /** A stable id for tests and --json output, such as {@code project.newerFormat}. */
    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return Messages.get(locale, key, args);
    }
}
