package kumiki.ml.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TrainingReadinessTest {
    static Dataset dataset(Object... labelAndCount) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < labelAndCount.length; i += 2) {
            for (int n = 0; n < (int) labelAndCount[i + 1]; n++) {
                samples.add(new Sample(labelAndCount[i] + "." + n + ".csv", (String) labelAndCount[i],
                        List.of("value"), 10, new float[][] {{0, 1}}));
            }
        }
        return new Dataset(samples, List.of());
    }

    @Test
    void fewerThanThreeInALabelIsRefused() {
        var r = TrainingReadiness.check(dataset("wave", 12, "idle", 2));
        assertThat(r.canTrain()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message(Locale.ENGLISH))
                .contains("Label \"idle\" has 2 samples. Record at least 3 of each."));
    }

    /** Three examples are enough to start, as in micro:bit CreateAI; under ten a child is told, in words, how many more help. */
    @Test
    void threeToNineExamplesTrainWithAWarningThatSaysHowManyMore() {
        var r = TrainingReadiness.check(dataset("wave", 10, "idle", 4));
        assertThat(r.canTrain()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message(Locale.ENGLISH)).contains("Only 4 examples of \"idle\"").contains("record 6 more");
            assertThat(w.message(Locale.JAPANESE)).contains("「idle」").contains("あと 6 こ");
        });
        assertThat(TrainingReadiness.check(dataset("wave", 10, "idle", 10)).warnings()).isEmpty();
    }

    @Test
    void oneClassIsRefused() {
        var r = TrainingReadiness.check(dataset("wave", 30));
        assertThat(r.canTrain()).isFalse();
        assertThat(r.problems().get(0).key()).isEqualTo("training.oneClass");
    }

    @Test
    void strongImbalanceIsAWarningNotAProblem() {
        var r = TrainingReadiness.check(dataset("wave", 40, "idle", 10));
        assertThat(r.canTrain()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message(Locale.ENGLISH))
                .contains("\"wave\" has 40 samples but \"idle\" only 10"));
        assertThat(TrainingReadiness.check(dataset("wave", 20, "idle", 10)).warnings()).isEmpty();
    }
}
