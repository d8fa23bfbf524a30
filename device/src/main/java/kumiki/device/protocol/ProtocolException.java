package kumiki.device.protocol;

import kumiki.device.DeviceException;
import kumiki.project.KeyedException;

/** A line from the board that breaks the collector protocol; the words are the device link's. */
public final class ProtocolException extends KeyedException {
    public ProtocolException(String key, Object... args) {
        super(DeviceException.WORDS, key, args);
    }
}
