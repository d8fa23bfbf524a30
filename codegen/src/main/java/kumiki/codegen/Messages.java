package kumiki.codegen;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Words for children and teachers from {@code kumiki/codegen/messages*.properties} (English and Japanese). */
public final class Messages {
    private static final String BUNDLE = "kumiki.codegen.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
            String pattern = bundle.getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }
}
