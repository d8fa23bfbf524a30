package kumiki.ml.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Random;
import kumiki.ml.features.Pipelines;
import org.junit.jupiter.api.Test;

class AugmentationTest {
    /** A board at rest, tilted: 1 g, all of it gravity. */
    static float[][] resting() {
        float[][] v = new float[3][125];
        for (int t = 0; t < 125; t++) {
            v[0][t] = 0.6f;
            v[2][t] = 0.8f;
        }
        return v;
    }

    /** A turned board still feels 1 g; the copy differs from the original, and the seed decides it. */
    @Test
    void motionCopiesTurnGravityWithTheBoardAndRepeatForASeed() {
        Augmentation a = Augmentation.forPipeline(Pipelines.standard("motion-spectral"), List.of());
        float[][] v = resting();
        Augmentation.Copy c = a.copy(v, new Random(1));
        Augmentation.Copy same = a.copy(v, new Random(1));
        assertThat(c.signal()).isDeepEqualTo(same.signal());
        assertThat(c.shift()).isEqualTo(same.shift());
        int length = c.signal()[0].length;
        // 0.8-1.25 times as fast: 100 to 156 readings.
        assertThat(length).isBetween(100, 157);
        double sum = 0;
        for (int t = 0; t < length; t++) {
            float x = c.signal()[0][t], y = c.signal()[1][t], z = c.signal()[2][t];
            sum += Math.sqrt(x * x + y * y + z * z);
        }
        assertThat(sum / length).isCloseTo(1.0, offset(0.01));
        assertThat(c.signal()[2][10]).isNotCloseTo(0.8f, offset(0.01f));
        assertThat(a.describe()).containsEntry("kind", "motion").containsEntry("copies", Augmentation.COPIES);
    }

    /** The class's own background noise is mixed into sound copies; with no background recordings, none is. */
    @Test
    void soundCopiesMixInTheProjectsBackground() {
        float[] silence = new float[16000];
        float[] hum = new float[16000];
        for (int t = 0; t < hum.length; t++) {
            hum[t] = (float) (0.5 * Math.sin(2 * Math.PI * 50 * t / 16000.0));
        }
        Augmentation with = Augmentation.forPipeline(Pipelines.standard("audio-mfe"), List.of(hum));
        Augmentation without = Augmentation.forPipeline(Pipelines.standard("audio-mfe"), List.of());
        Random r = new Random(4);
        int mixed = 0;
        for (int k = 0; k < 20; k++) {
            float[] copy = with.copy(new float[][] {silence}, r).signal()[0];
            double energy = 0;
            for (float x : copy) {
                energy += x * x;
            }
            if (energy > 1) {
                mixed++;
            }
            float[] plain = without.copy(new float[][] {silence}, r).signal()[0];
            for (float x : plain) {
                assertThat(x).isZero();
            }
        }
        // Mixed in about 60% of copies.
        assertThat(mixed).isBetween(6, 18);
        assertThat(with.describe()).containsEntry("backgroundRecordings", 1);
    }

    @Test
    void lightCopiesAreBrighterOrDarkerButKeepTheirShape() {
        Augmentation a = Augmentation.forPipeline(Pipelines.standard("signal-raw"), List.of());
        float[] v = new float[40];
        for (int t = 0; t < v.length; t++) {
            v[t] = t < 20 ? 800 : 200; // a hand covers the sensor halfway
        }
        float[] c = a.copy(new float[][] {v}, new Random(2)).signal()[0];
        assertThat(c[5]).isGreaterThan(c[30] + 400);
        assertThat(c[5]).isBetween(600f, 1000f);
    }
}
