package kumiki.codegen;

/** A block script failed or ran past its time limit inside the sandbox. */
public final class ScriptFailedException extends RuntimeException {
    public enum Reason { ERROR, TIME_LIMIT }

    private final Reason reason;

    public ScriptFailedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
