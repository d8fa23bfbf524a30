package kumiki.editor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The editor's words ({@code kumiki/editor/messages*.properties}), in English or Japanese. */
public final class I18n {
    public static final String BUNDLE = "kumiki.editor.messages";

    private I18n() {
    }

    public static Locale locale(String language) {
        return "ja".equals(language) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public static String get(String language, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale(language)).getString(key);
            return new MessageFormat(pattern, locale(language)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
