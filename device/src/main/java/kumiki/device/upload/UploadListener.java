package kumiki.device.upload;

/** What an upload reports while it runs. Called on the upload thread. */
public interface UploadListener {
    enum Stage { COMPILING, RESETTING, UPLOADING, DONE }

    default void stage(Stage stage) {
    }

    /** 0..1 over the whole job; compiling is the first half, writing the flash the second. */
    default void progress(double fraction) {
    }

    /** Every line arduino-cli printed, for the details view. */
    default void line(String line) {
    }

    UploadListener NONE = new UploadListener() {
    };
}
