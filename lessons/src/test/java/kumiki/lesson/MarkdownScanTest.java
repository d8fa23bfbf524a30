package kumiki.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Images and HTML tags are found in time proportional to the line, and exactly where the regular
 * expressions Kumiki used before would find them (those serve here as the definition, on short
 * lines, where they are fast).
 */
class MarkdownScanTest {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

    @Test
    void findsWhatTheRegularExpressionsFoundOnTwentyThousandRandomLines() {
        Random random = new Random(7);
        String alphabet = "![]()\" <>/a.b\t";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = line.toString();
            assertThat(describe(MarkdownScan.images(s))).as(s).isEqualTo(byRegex(s));
            assertThat(MarkdownScan.hasHtmlTag(s)).as(s).isEqualTo(HTML.matcher(s).find());
        }
    }

    @Test
    void ordinaryImagesAndTags() {
        assertThat(describe(MarkdownScan.images("See ![the board](board.png \"Wio\") and ![](b.png)."))).containsExactly(
                "the board|board.png|4|33", "|b.png|38|48");
        assertThat(MarkdownScan.hasHtmlTag("a <b>bold</b> word")).isTrue();
        assertThat(MarkdownScan.hasHtmlTag("1 < 2 and 3 > 2")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"![", "<a", "![](", "![a](b \"", "]![", "< / a", "![]( \"x\""})
    void aMegabyteLineBuiltAgainstTheScanIsReadWellUnderASecond(String unit) {
        String line = unit.repeat(1_000_000 / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            MarkdownScan.images(line);
            MarkdownScan.hasHtmlTag(line);
            LessonMarkdown.parse("en", "en.md", "# T\n## Step\n" + line + "\n");
        });
    }

    private static List<String> byRegex(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = IMAGE.matcher(s);
        while (m.find()) {
            out.add(m.group(1) + "|" + m.group(2) + "|" + m.start() + "|" + m.end());
        }
        return out;
    }

    private static List<String> describe(List<MarkdownScan.Image> images) {
        return images.stream().map(i -> i.alt() + "|" + i.path() + "|" + i.start() + "|" + i.end()).toList();
    }
}
