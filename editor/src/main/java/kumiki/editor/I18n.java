package kumiki.editor;

import java.util.Locale;
import kumiki.project.MessageBundle;

/** The editor's words ({@code kumiki/editor/messages*.properties}), in English or Japanese. */
public final class I18n {
    public static final MessageBundle WORDS = new MessageBundle("kumiki.editor.messages");

    private I18n() {
    }

    public static Locale locale(String language) {
        return "ja".equals(language) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    public static String get(String language, String key, Object... args) {
        return WORDS.get(locale(language), key, args);
    }
}
