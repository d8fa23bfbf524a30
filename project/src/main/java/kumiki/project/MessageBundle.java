package kumiki.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * One module's words for children and teachers: {@code NAME.properties} (English) and
 * {@code NAME_ja.properties} (Japanese), filled in with {@link MessageFormat}. Every module keeps its
 * own bundle beside its code and looks words up through one of these, so there is one lookup.
 */
public final class MessageBundle {
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.JAPANESE};
    private final String name;

    /** {@code name} is the bundle's base name, such as {@code kumiki.device.messages}. */
    public MessageBundle(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The words for {@code key} in {@code locale}; the key itself if the bundle has no such words. */
    public String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(name, locale).getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The words in the machine's language. */
    public String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }

    /**
     * What is wrong with the bundle's files, for a test to show: keys present in one language only,
     * and patterns that MessageFormat would mangle (a lone apostrophe swallows the rest of the
     * sentence, placeholders and all). Empty when the bundle is sound.
     */
    public List<String> problems() throws IOException {
        String path = "/" + name.replace('.', '/');
        Properties en = load(path + ".properties");
        Properties ja = load(path + "_ja.properties");
        List<String> problems = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(en.stringPropertyNames());
        all.addAll(ja.stringPropertyNames());
        Object[] sample = {10, 7, 12, 3, 4};
        for (String key : all) {
            for (Locale locale : LANGUAGES) {
                String raw = (locale == Locale.ENGLISH ? en : ja).getProperty(key);
                if (raw == null) {
                    problems.add(name + ": " + key + " has no " + locale.getLanguage() + " text");
                    continue;
                }
                String text = new MessageFormat(raw, locale).format(sample);
                long quotes = raw.chars().filter(c -> c == '\'').count();
                if (text.contains("{") || text.contains("}")
                        || text.chars().filter(c -> c == '\'').count() != quotes / 2) {
                    problems.add(name + ": " + key + " (" + locale.getLanguage() + ") does not format: " + raw);
                }
            }
        }
        return problems;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
