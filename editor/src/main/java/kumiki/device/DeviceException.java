package kumiki.device;

import java.util.Locale;

/** Something the board or the port did that the child or teacher must hear about, as a bundle key. */
public class DeviceException extends Exception {
    private final String key;
    private final transient Object[] args;

    public DeviceException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return DeviceMessages.get(locale, key, args);
    }

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }
}
