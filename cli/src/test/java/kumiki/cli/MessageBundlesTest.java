package kumiki.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import kumiki.project.MessageBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message a child or teacher can see exists in English and Japanese and survives MessageFormat
 * (a lone apostrophe would silently swallow the rest of the sentence, placeholders and all).
 * The command line sees every module's bundle but the editor's, which the editor tests check.
 */
class MessageBundlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"kumiki.project.messages", "kumiki.ml.messages", "kumiki.codegen.messages",
        "kumiki.device.messages", "kumiki.lesson.messages", "kumiki.cli.messages"})
    void bothLanguagesHaveTheSameKeysAndEveryMessageFormats(String bundle) throws IOException {
        assertThat(new MessageBundle(bundle).problems()).isEmpty();
    }
}
