package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every device message exists in both languages and survives MessageFormat (quotes, placeholders). */
class DeviceMessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DeviceMessagesTest.class.getResourceAsStream("/kumiki/device/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryMessageFormats() throws IOException {
        Properties en = load("messages.properties");
        Properties ja = load("messages_ja.properties");
        assertThat(ja.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
                String raw = (locale == Locale.ENGLISH ? en : ja).getProperty(key);
                String text = DeviceMessages.get(locale, key, "ARG0", 7, "ARG2");
                assertThat(text).as("%s %s", locale, key).doesNotContain("{").doesNotContain("}");
                // A lone apostrophe would swallow text in MessageFormat: each must be written twice.
                long quotes = raw.chars().filter(c -> c == '\'').count();
                assertThat(text.chars().filter(c -> c == '\'').count()).as("%s %s", locale, key).isEqualTo(quotes / 2);
            }
        }
    }
}
