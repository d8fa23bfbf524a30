package kumiki.project;

import java.util.Locale;

/**
 * A failure the user must hear about, kept as a message key and its arguments so it can be said
 * in either language; each module's subclass names the bundle that holds its words.
 */
public abstract class KeyedException extends Exception {
    private final transient MessageBundle bundle;
    private final String key;
    private final transient Object[] args;

    protected KeyedException(MessageBundle bundle, String key, Throwable cause, Object... args) {
        super(key, cause);
        this.bundle = bundle;
        this.key = key;
        this.args = args.clone();
    }

    protected KeyedException(MessageBundle bundle, String key, Object... args) {
        this(bundle, key, null, args);
    }

    /** A stable id for tests and --json output, such as {@code project.newerFormat}. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in {@code locale}. */
    public String message(Locale locale) {
        return bundle.get(locale, key, args);
    }

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }
}
