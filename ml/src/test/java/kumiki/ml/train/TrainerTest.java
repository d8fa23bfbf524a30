package kumiki.ml.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.Sample;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.features.Pipelines;
import kumiki.ml.model.Evaluation;
import kumiki.ml.model.FloatModel;
import kumiki.ml.synth.GestureGenerator;
import org.junit.jupiter.api.Test;

/** Real TensorFlow Java training on small seeded data. */
class TrainerTest {
    record Data(float[][] x, int[] y, float[][] testX, int[] testY, List<String> labels, int[] shape) {
    }

    static Data gestures(String pipelineName, int perGesture) {
        GestureGenerator g = GestureGenerator.standard(42);
        List<Sample> samples = new ArrayList<>();
        for (String gesture : GestureGenerator.GESTURES) {
            for (int n = 0; n < perGesture; n++) {
                samples.add(g.sample(gesture, n));
            }
        }
        Dataset d = new Dataset(samples, List.of());
        FeaturePipeline p = Pipelines.standard(pipelineName);
        List<String> labels = d.labels();
        List<Sample> train = d.train();
        List<Sample> test = d.test();
        float[][] x = train.stream().map(p::extract).toArray(float[][]::new);
        int[] y = train.stream().mapToInt(s -> labels.indexOf(s.label())).toArray();
        float[][] tx = test.stream().map(p::extract).toArray(float[][]::new);
        int[] ty = test.stream().mapToInt(s -> labels.indexOf(s.label())).toArray();
        return new Data(x, y, tx, ty, labels, p.outputShape());
    }

    static Evaluation evaluate(FloatModel m, Data d) {
        int[] predicted = new int[d.testX().length];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = FloatModel.argmax(m.probabilities(d.testX()[i]));
        }
        return Evaluation.of(d.labels(), d.testY(), predicted);
    }

    @Test
    void theDenseNetLearnsGesturesFromSpectralFeatures() {
        Data d = gestures("motion-spectral", 40);
        List<EpochProgress> epochs = new ArrayList<>();
        FloatModel model = Trainer.train(d.shape(), d.x(), d.y(), d.labels(), TrainingOptions.defaults(1), epochs::add, () -> false);
        assertThat(epochs).isNotEmpty();
        assertThat(epochs.get(epochs.size() - 1).loss()).as("training loss falls").isLessThan(epochs.get(0).loss() * 0.5f);
        Evaluation e = evaluate(model, d);
        assertThat(e.total()).isGreaterThan(20);
        assertThat(e.accuracy()).as("held-out float accuracy").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theConvNetLearnsGesturesFromRawMotion() {
        Data d = gestures("motion-raw", 40);
        FloatModel model = Trainer.train(d.shape(), d.x(), d.y(), d.labels(), TrainingOptions.defaults(2), e -> { }, () -> false);
        assertThat(evaluate(model, d).accuracy()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theSameSeedGivesTheSameOutcome() {
        // Bit-identical weights are not on offer from TensorFlow's CPU kernels (tiny float differences
        // remain even on one thread); what a class relies on is that a rerun predicts the same.
        Data d = gestures("motion-spectral", 30);
        FloatModel a = Trainer.train(d.shape(), d.x(), d.y(), d.labels(), TrainingOptions.defaults(3), e -> { }, () -> false);
        FloatModel b = Trainer.train(d.shape(), d.x(), d.y(), d.labels(), TrainingOptions.defaults(3), e -> { }, () -> false);
        int differ = 0;
        for (float[] x : d.testX()) {
            differ += FloatModel.argmax(a.probabilities(x)) == FloatModel.argmax(b.probabilities(x)) ? 0 : 1;
        }
        assertThat(differ).as("held-out samples predicted differently by two runs of one seed").isLessThanOrEqualTo(1);
        assertThat(evaluate(a, d).accuracy()).isCloseTo(evaluate(b, d).accuracy(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void stopTakesEffectWithinOneEpoch() {
        Data d = gestures("motion-spectral", 15);
        AtomicInteger epochsSeen = new AtomicInteger();
        assertThatThrownBy(() -> Trainer.train(d.shape(), d.x(), d.y(), d.labels(), TrainingOptions.defaults(4),
                e -> epochsSeen.incrementAndGet(), () -> epochsSeen.get() >= 2))
                .isInstanceOf(TrainingCancelledException.class);
        assertThat(epochsSeen.get()).isEqualTo(2);
    }
}
