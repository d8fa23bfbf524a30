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

    RecordingListener NONE = new RecordingListener() {
    };
}
