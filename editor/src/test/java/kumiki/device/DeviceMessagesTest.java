package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message a child or teacher can see exists in English and Japanese and survives MessageFormat
 * (a lone apostrophe would silently swallow the rest of the sentence, placeholders and all).
 */
class DeviceMessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DeviceMessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kumiki/device/messages", "/kumiki/editor/messages", "/kumiki/codegen/messages"})
    void bothLanguagesHaveTheSameKeysAndEveryMessageFormats(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties ja = load(bundle + "_ja.properties");
        assertThat(ja.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
                String raw = (locale == Locale.ENGLISH ? en : ja).getProperty(key);
                String text = new MessageFormat(raw, locale).format(new Object[] {10, 7, 12, 3, 4});
                assertThat(text).as("%s %s", locale, key).doesNotContain("{").doesNotContain("}");
                long quotes = raw.chars().filter(c -> c == '\'').count();
                assertThat(text.chars().filter(c -> c == '\'').count()).as("%s %s", locale, key).isEqualTo(quotes / 2);
            }
        }
    }
}
