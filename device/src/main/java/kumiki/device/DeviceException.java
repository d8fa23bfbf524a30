package kumiki.device;

import kumiki.project.KeyedException;
import kumiki.project.MessageBundle;

/** Something the board or the port did that the child or teacher must hear about, as a bundle key. */
public class DeviceException extends KeyedException {
    /** The words of the device link ({@code kumiki/device/messages*.properties}). */
    public static final MessageBundle WORDS = new MessageBundle("kumiki.device.messages");

    public DeviceException(String key, Object... args) {
        super(WORDS, key, args);
    }
}
