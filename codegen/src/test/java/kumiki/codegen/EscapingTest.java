package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text from a project (block comments, text fields) reaches the sketch through one escaping path.
 * Each hostile text below is both the comment of a print block and the text it prints, with code
 * smuggled in; on the host runner every print must print exactly its text, the smuggled code must
 * never run, and nothing after a comment may be swallowed.
 */
class EscapingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SMUGGLED = "tone(WIO_BUZZER, 4000);";

    /** One text per class of code point a file can hold. */
    static List<String> hostileTexts() {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            texts.add("C0 " + c + " [" + (char) c + "]" + SMUGGLED);
        }
        texts.add("DEL [\u007f]");
        for (int c = 0x80; c <= 0x9f; c++) {
            texts.add("C1 " + c + " [" + (char) c + "]" + SMUGGLED);
        }
        texts.add("paint it blue\rfor(;;){" + SMUGGLED + "} //");
        texts.add("line\r\n" + SMUGGLED + "\nand more");
        texts.add("separators \u2028" + SMUGGLED + " \u2029" + SMUGGLED);
        texts.add("ends in a backslash \\");
        texts.add("ends in a backslash and spaces \\   ");
        texts.add("ends in a trigraph ??/");
        texts.add("??= ??( ??) ??< ??> ??! ??' ??- and \"quotes\" and \\\" and \\n");
        texts.add("*/ " + SMUGGLED + " /* // */");
        texts.add("non-breaking\u00a0space, BOM \ufeff, 日本語, ひらがな, emoji \ud83d\ude00");
        texts.add("lone surrogates \ud800 and \udc00");
        texts.add("");
        return texts;
    }

    @Test
    void everyTextPrintsAsItselfAndNoSmuggledCodeRuns() throws Exception {
        List<String> texts = hostileTexts();
        ObjectNode next = print("end", null);
        for (int i = texts.size() - 1; i >= 0; i--) {
            next = print(texts.get(i), next);
            next.putObject("icons").putObject("comment").put("text", texts.get(i));
        }
        ObjectNode ws = JSON.createObjectNode();
        ObjectNode start = ws.putObject("blocks").put("languageVersion", 0).putArray("blocks").addObject()
                .put("type", "kumiki_on_start").put("x", 0).put("y", 0);
        start.putObject("inputs").putObject("DO").set("block", next);
        CompileResult compiled = new HeadlessBlockly().compile(ws.toString(), "en");
        assertThat(Gxx.syntaxErrors(compiled.code())).isEmpty();

        HostRunner.Run run = HostRunner.run(compiled.code(), "until 1000\n");
        assertThat(run.exit()).as(run.events()).isZero();
        assertThat(run.events()).as("smuggled code ran").doesNotContain("tone");
        StringBuilder expected = new StringBuilder();
        for (String text : texts) {
            expected.append(printedBytes(text)).append("\n");
        }
        expected.append("end\n");
        assertThat(run.serial()).isEqualTo(expected.toString().replace("\r\n", "\n"));
    }

    /** What Serial shows for a text: its UTF-8 bytes (a lone surrogate as U+FFFD), up to a NUL. */
    private static String printedBytes(String text) {
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            clean.append(Character.isSurrogate(c) && !paired ? '\ufffd' : c);
        }
        String shown = clean.toString();
        int nul = shown.indexOf('\0');
        if (nul >= 0) {
            shown = shown.substring(0, nul);
        }
        return new String(shown.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static ObjectNode print(String text, ObjectNode next) {
        ObjectNode p = JSON.createObjectNode().put("type", "kumiki_serial_print");
        p.putObject("inputs").putObject("TEXT").putObject("block").put("type", "text").putObject("fields").put("TEXT", text);
        if (next != null) {
            p.putObject("next").set("block", next);
        }
        return p;
    }
}
