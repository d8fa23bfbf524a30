package kumiki.ml.synth;

import static org.assertj.core.api.Assertions.assertThat;

import kumiki.ml.dataset.Sample;
import org.junit.jupiter.api.Test;

class GestureGeneratorTest {
    static double rms(float[] v) {
        double mean = 0;
        for (float x : v) {
            mean += x;
        }
        mean /= v.length;
        double s = 0;
        for (float x : v) {
            s += (x - mean) * (x - mean);
        }
        return Math.sqrt(s / v.length);
    }

    @Test
    void theSameSeedGivesTheSameRecordings() {
        Sample a = GestureGenerator.standard(7).sample("wave", 3);
        Sample b = GestureGenerator.standard(7).sample("wave", 3);
        Sample c = GestureGenerator.standard(8).sample("wave", 3);
        assertThat(a.values()).isDeepEqualTo(b.values());
        assertThat(a.values()[0]).isNotEqualTo(c.values()[0]);
    }

    @Test
    void gravityIsAboutOneGAndGesturesMoveAsDescribed() {
        GestureGenerator g = GestureGenerator.standard(1);
        Sample idle = g.sample("idle", 0);
        double meanNorm = 0;
        for (int i = 0; i < idle.length(); i++) {
            double x = idle.values()[0][i], y = idle.values()[1][i], z = idle.values()[2][i];
            meanNorm += Math.sqrt(x * x + y * y + z * z);
        }
        assertThat(meanNorm / idle.length()).isBetween(0.95, 1.05);
        double idleMotion = rms(idle.values()[0]) + rms(idle.values()[1]) + rms(idle.values()[2]);
        Sample shake = g.sample("shake", 0);
        double shakeMotion = rms(shake.values()[0]) + rms(shake.values()[1]) + rms(shake.values()[2]);
        // Idle is mostly sensor noise (0.03 g on each axis); a shake moves several times more.
        assertThat(shakeMotion).isGreaterThan(5 * idleMotion);
        assertThat(idle.length()).isEqualTo(125);
    }
}
