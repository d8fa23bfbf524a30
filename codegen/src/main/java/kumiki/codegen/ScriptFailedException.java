package kumiki.codegen;

import java.util.Locale;

/**
 * A block script failed or ran past its time limit inside the sandbox. What the child reads is
 * {@link #message(Locale)}; the JavaScript error stays in {@link #detail()} for logs and tests,
 * because "TypeError: … is not iterable" helps nobody in a classroom.
 */
public final class ScriptFailedException extends RuntimeException {
    public enum Reason { ERROR, TIME_LIMIT }

    private final Reason reason;
    private final long seconds;

    public ScriptFailedException(Reason reason, long seconds, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.seconds = seconds;
    }

    public Reason reason() {
        return reason;
    }

    /** The sandbox's own words, for logs. */
    public String detail() {
        return super.getMessage();
    }

    public String message(Locale locale) {
        return reason == Reason.TIME_LIMIT
                ? KumikiCompiler.WORDS.get(locale, "script.timeLimit", seconds)
                : KumikiCompiler.WORDS.get(locale, "script.failed");
    }

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }
}
