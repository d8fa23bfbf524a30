package kumiki.cli;

/** Input the command cannot use; its message is one line for the user. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
