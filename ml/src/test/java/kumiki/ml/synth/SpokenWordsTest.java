package kumiki.ml.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kumiki.ml.ModelPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words spoken by espeak-ng with noise, learned from log-mel energies by the conv net. */
class SpokenWordsTest {
    @TempDir
    Path dir;

    @Test
    void twoSpokenWordsAndBackgroundAreLearnedInInt8WithinTheArenaGoal() throws Exception {
        Path data = dir.resolve("words");
        SpokenWords.write(data, List.of("yes", "no"), 48, 1);
        ModelPackage.Trained t = ModelPackage.train(data, "audio-mfe", dir.resolve("model"), 80, 1, e -> { }, () -> false);
        assertThat(t.dataset().issues()).isEmpty();
        assertThat(t.model().labels()).containsExactly("background", "no", "yes");
        assertThat(t.int8Metrics().total()).isGreaterThanOrEqualTo(15);
        assertThat(t.int8Metrics().accuracy()).as("held-out int8 accuracy").isGreaterThanOrEqualTo(0.85);
        assertThat(t.report().arenaBytes()).as("tensor arena bytes").isLessThanOrEqualTo(40 * 1024);
    }

    @Test
    void theSameSeedMakesTheSameFiles() throws Exception {
        SpokenWords.write(dir.resolve("a"), List.of("yes"), 3, 7);
        SpokenWords.write(dir.resolve("b"), List.of("yes"), 3, 7);
        List<Path> names;
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            names = files.map(Path::getFileName).sorted().toList();
        }
        assertThat(names).hasSize(6);
        for (Path name : names) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(name))).as(name.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
        }
    }
}
