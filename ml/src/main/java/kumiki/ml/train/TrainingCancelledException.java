package kumiki.ml.train;

/** The child pressed Stop; nothing is kept. */
public final class TrainingCancelledException extends RuntimeException {
    public TrainingCancelledException() {
        super("Training was stopped");
    }
}
