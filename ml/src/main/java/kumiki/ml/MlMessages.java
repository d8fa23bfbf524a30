package kumiki.ml;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Words about datasets and training, in English and Japanese ({@code kumiki/ml/messages*.properties}). */
public final class MlMessages {
    private MlMessages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle("kumiki.ml.messages", locale).getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
