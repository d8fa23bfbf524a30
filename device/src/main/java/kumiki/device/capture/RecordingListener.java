package kumiki.device.capture;

/** What a recording tells the screen while it runs. Called on the recording thread. */
public interface RecordingListener {
    /** 3, 2, 1 before the board starts. */
    default void countdown(int secondsLeft) {
    }

    default void started() {
    }

    /** Readings received so far (lost ones included) out of the readings wanted. */
    default void progress(long readings, long wanted) {
    }

    /**
     * One reading as the board sent it (a CSV row, {@code accX,accY,accZ}), as it arrives: the Teach
     * wizard's live try classifies while the board streams. Sound comes in chunks and is not passed.
     */
    default void reading(String row) {
    }

    RecordingListener NONE = new RecordingListener() {
    };
}
