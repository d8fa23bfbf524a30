package kumiki.device;

import java.util.Locale;
import kumiki.codegen.KeyedException;

/** Something the board or the port did that the child or teacher must hear about, as a bundle key. */
public class DeviceException extends KeyedException {
    public DeviceException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public String message(Locale locale) {
        return DeviceMessages.get(locale, key(), args());
    }
}
