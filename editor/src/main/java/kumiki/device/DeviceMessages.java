package kumiki.device;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the device link ({@code kumiki/device/messages*.properties}), in English or Japanese. */
public final class DeviceMessages {
    private static final String BUNDLE = "kumiki.device.messages";

    private DeviceMessages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }
}
