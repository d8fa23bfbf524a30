package kumiki.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The editor's words exist in English and Japanese, and every one survives MessageFormat. */
class EditorMessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeysAndEveryMessageFormats() throws IOException {
        assertThat(I18n.WORDS.problems()).isEmpty();
    }
}
