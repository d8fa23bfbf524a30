package kumiki.codegen;

import java.util.Locale;

/**
 * A failure the user must hear about, kept as a message key and its arguments so it can be said
 * in either language; subclasses say which bundle holds the words.
 */
public abstract class KeyedException extends Exception {
    private final String key;
    private final transient Object[] args;

    protected KeyedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in {@code locale}. */
    public abstract String message(Locale locale);

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }
}
