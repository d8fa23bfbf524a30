package kumiki.ml.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.HoldOut;
import kumiki.ml.dataset.Sample;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.features.Pipelines;
import kumiki.ml.model.Evaluation;
import kumiki.ml.model.FloatModel;
import kumiki.ml.model.Layer;
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
        HoldOut.Split split = HoldOut.split(d.samples());
        List<Sample> train = split.train();
        List<Sample> test = split.test();
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

    /** A seed makes a run repeatable to the bit, for the dense net and the conv net alike; another seed differs. */
    @Test
    void theSameSeedGivesTheSameWeightsToTheBit() {
        for (String pipeline : List.of("motion-spectral", "motion-raw")) {
            Data d = gestures(pipeline, 20);
            FloatModel a = Trainer.train(d.shape(), d.x(), d.y(), d.labels(), TrainingOptions.defaults(3), e -> { }, () -> false);
            FloatModel b = Trainer.train(d.shape(), d.x(), d.y(), d.labels(), TrainingOptions.defaults(3), e -> { }, () -> false);
            FloatModel c = Trainer.train(d.shape(), d.x(), d.y(), d.labels(), TrainingOptions.defaults(4), e -> { }, () -> false);
            assertThat(weights(a)).as(pipeline).isEqualTo(weights(b));
            assertThat(weights(a)).as(pipeline).isNotEqualTo(weights(c));
        }
    }

    /** Every weight and bias as its exact bits, in layer order. */
    private static List<Integer> weights(FloatModel m) {
        List<Integer> bits = new ArrayList<>();
        for (Layer layer : m.layers()) {
            if (layer instanceof Layer.Dense dense) {
                for (float[] row : dense.weights()) {
                    for (float w : row) {
                        bits.add(Float.floatToIntBits(w));
                    }
                }
                for (float w : dense.bias()) {
                    bits.add(Float.floatToIntBits(w));
                }
            } else if (layer instanceof Layer.Conv conv) {
                for (float[][] k : conv.weights()) {
                    for (float[] row : k) {
                        for (float w : row) {
                            bits.add(Float.floatToIntBits(w));
                        }
                    }
                }
                for (float w : conv.bias()) {
                    bits.add(Float.floatToIntBits(w));
                }
            }
        }
        return bits;
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
