package kumiki.project;

import java.util.Locale;

/** A project could not be read or written. The message is for people, in their language. */
public final class ProjectException extends KeyedException {
    public static final MessageBundle WORDS = new MessageBundle("kumiki.project.messages");

    public ProjectException(String key, Throwable cause, Object... args) {
        super(WORDS, key, cause, args);
    }

    public ProjectException(String key, Object... args) {
        this(key, null, args);
    }

    /** Logs and stack traces stay in English, whatever the machine's language. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
