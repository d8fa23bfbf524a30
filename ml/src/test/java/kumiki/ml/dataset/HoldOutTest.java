package kumiki.ml.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HoldOutTest {
    static Sample sample(String file) {
        return new Sample(file, file.substring(0, file.indexOf('.')), List.of("value"), 10, new float[][] {{0, 1}});
    }

    /** {@code perSession} examples of wave and idle in each of the sessions s1..sN. */
    static List<Sample> sessions(int sessions, int perSession) {
        List<Sample> out = new ArrayList<>();
        int n = 0;
        for (int s = 1; s <= sessions; s++) {
            for (int i = 0; i < perSession; i++) {
                out.add(sample("wave.s" + s + "." + String.format("%03d", ++n) + ".csv"));
                out.add(sample("idle.s" + s + "." + String.format("%03d", ++n) + ".csv"));
            }
        }
        return out;
    }

    @Test
    void tagsAreReadFromTheMiddleOfTheNameAndEdgeImpulseNamesHaveNone() {
        assertThat(SessionTags.of("wave.s2.014.csv")).isEqualTo("s2");
        assertThat(SessionTags.of("clap.aiko.3.WAV")).isEqualTo("aiko");
        assertThat(SessionTags.of("wave.017.csv")).isEmpty();
        assertThat(SessionTags.of("wave.csv")).isEmpty();
        assertThat(SessionTags.number("wave.s2.014.csv")).isEqualTo(14);
        assertThat(SessionTags.number("wave.csv")).isEqualTo(-1);
    }

    /** The test holds whole sessions, the latest ones (s10 after s9), and training never sees a file of them. */
    @Test
    void withTagsWholeSessionsAreHeldOut() {
        List<Sample> all = sessions(10, 4);
        HoldOut.Split split = HoldOut.split(all);
        assertThat(split.kind()).isEqualTo(HoldOut.Kind.SESSIONS);
        assertThat(split.heldOutSessions()).containsExactly("s9", "s10");
        Set<String> testSessions = split.test().stream().map(s -> SessionTags.of(s.file())).collect(Collectors.toSet());
        Set<String> trainSessions = split.train().stream().map(s -> SessionTags.of(s.file())).collect(Collectors.toSet());
        assertThat(testSessions).doesNotContainAnyElementsOf(trainSessions);
        assertThat(split.test()).hasSize(16);
        assertThat(split.train().size() + split.test().size()).isEqualTo(all.size());
        assertThat(split.description().in(Locale.ENGLISH)).isEqualTo("tested on 2 recording sessions it never saw (s9, s10; 16 examples)");
        assertThat(split.description().in(Locale.JAPANESE)).contains("2 かいぶん");
        // Cross-validation keeps a session together.
        assertThat(split.groups().get("wave.s1.001.csv")).isEqualTo("s1");
    }

    @Test
    void withoutTagsTheMostRecentExamplesOfEachLabelAreHeldOut() {
        List<Sample> all = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            all.add(sample("wave." + String.format("%03d", n) + ".csv"));
            all.add(sample("idle." + String.format("%03d", n) + ".csv"));
        }
        HoldOut.Split split = HoldOut.split(all);
        assertThat(split.kind()).isEqualTo(HoldOut.Kind.RECENT);
        assertThat(split.test()).extracting(Sample::file)
                .containsExactlyInAnyOrder("wave.010.csv", "wave.009.csv", "idle.010.csv", "idle.009.csv");
        assertThat(split.description().in(Locale.ENGLISH)).contains("4 most recently recorded examples");
    }

    /** Tags that are all different say nothing about sessions (a random id per file): by recency then. */
    @Test
    void tagsThatAreAllDifferentAreNotSessions() {
        List<Sample> all = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            all.add(sample("wave.id" + n + "x." + n + ".csv"));
            all.add(sample("idle.id" + n + "y." + n + ".csv"));
        }
        assertThat(HoldOut.split(all).kind()).isEqualTo(HoldOut.Kind.RECENT);
    }

    /** Three of each is enough to train but leaves nothing to test on: the split says so instead of testing on training data. */
    @Test
    void tooFewExamplesMeanNoTestAndTheWordsSaySo() {
        List<Sample> all = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            all.add(sample("wave." + n + ".csv"));
            all.add(sample("idle." + n + ".csv"));
        }
        HoldOut.Split split = HoldOut.split(all);
        assertThat(split.tested()).isFalse();
        assertThat(split.test()).isEmpty();
        assertThat(split.train()).hasSize(6);
        assertThat(split.description().in(Locale.ENGLISH)).startsWith("not tested");
        assertThat(split.description().in(Locale.JAPANESE)).startsWith("テストして いません");
        // Two sessions of three each: holding one out would leave too few to train; so no test either.
        assertThat(HoldOut.split(sessions(2, 2)).tested()).isFalse();
    }
}
