package kumiki.device.protocol;

import java.util.Locale;
import kumiki.codegen.KeyedException;

/** A line that claims to be ours but cannot be used. The key names a message of the device bundle (editor). */
public final class ProtocolException extends KeyedException {
    public ProtocolException(String key, Object... args) {
        super(key, args);
    }

    /** The words live with the desktop's device link; here the key and its values are what travel. */
    @Override
    public String message(Locale locale) {
        return key();
    }
}
