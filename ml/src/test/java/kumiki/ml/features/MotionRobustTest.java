package kumiki.ml.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Random;
import kumiki.ml.dataset.Sample;
import kumiki.ml.synth.GestureGenerator;
import org.junit.jupiter.api.Test;

class MotionRobustTest {
    /** The same recording turned by a rotation (roll about x, pitch about y, yaw about z, radians). */
    static float[] rotated(float[] window, double roll, double pitch, double yaw) {
        double cr = Math.cos(roll), sr = Math.sin(roll), cp = Math.cos(pitch), sp = Math.sin(pitch);
        double cy = Math.cos(yaw), sy = Math.sin(yaw);
        float[] out = new float[window.length];
        for (int t = 0; t < window.length / 3; t++) {
            double x = window[3 * t], y = window[3 * t + 1], z = window[3 * t + 2];
            double y1 = cr * y - sr * z, z1 = sr * y + cr * z;
            double x2 = cp * x + sp * z1, z2 = -sp * x + cp * z1;
            out[3 * t] = (float) (cy * x2 - sy * y1);
            out[3 * t + 1] = (float) (sy * x2 + cy * y1);
            out[3 * t + 2] = (float) z2;
        }
        return out;
    }

    /** How the board is held changes none of the features: each is a length, a variance or an angle to gravity. */
    @Test
    void theFeaturesAreTheSameHoweverTheBoardIsHeld() {
        MotionRobust p = MotionRobust.standard();
        Random r = new Random(3);
        GestureGenerator g = GestureGenerator.standard(5);
        for (String gesture : GestureGenerator.GESTURES) {
            float[] window = p.window(g.sample(gesture, 1));
            float[] f = p.features(window);
            for (int k = 0; k < 5; k++) {
                float[] turned = p.features(rotated(window, r.nextDouble() * 6.3, r.nextDouble() * 6.3, r.nextDouble() * 6.3));
                for (int i = 0; i < f.length; i++) {
                    assertThat(turned[i]).as("%s feature %d", gesture, i).isCloseTo(f[i], offset(2e-3f * (1 + Math.abs(f[i]))));
                }
            }
        }
        // The spectral pipeline, by contrast, is about the board's own axes.
        float[] w = p.window(g.sample("wave", 1));
        MotionSpectral s = MotionSpectral.standard();
        assertThat(s.features(rotated(w, 1, 0.5, 2))[0]).isNotCloseTo(s.features(w)[0], offset(0.05f));
    }

    /**
     * A sideways sine of amplitude A over gravity: the movement lies on one line, so its spreads are
     * (A/√2, 0, 0); nothing moves along gravity; a circle of radius A in a plane has two spreads A/√2.
     */
    @Test
    void theSpreadsTellALineFromACircle() {
        int n = 125;
        float[] line = new float[n * 3];
        float[] circle = new float[n * 3];
        for (int t = 0; t < n; t++) {
            // 2.5 Hz: exactly 5 periods in 2 s, so the mean is gravity alone.
            double a = 2 * Math.PI * 2.5 * t / 62.5;
            line[3 * t] = (float) (0.6 * Math.sin(a));
            line[3 * t + 2] = 1f;
            circle[3 * t] = (float) (0.6 * Math.cos(a));
            circle[3 * t + 1] = (float) (0.6 * Math.sin(a));
            circle[3 * t + 2] = 1f;
        }
        MotionRobust p = MotionRobust.standard();
        float[] fl = p.features(line);
        float[] fc = p.features(circle);
        int spreads = 3 * 9;
        double expected = 0.6 / Math.sqrt(2);
        assertThat(fl[spreads]).isCloseTo((float) expected, offset(1e-3f));
        assertThat(fl[spreads + 1]).isCloseTo(0f, offset(1e-3f));
        assertThat(fl[spreads + 2]).isCloseTo(0f, offset(1e-3f));
        assertThat(fc[spreads]).isCloseTo((float) expected, offset(1e-3f));
        assertThat(fc[spreads + 1]).isCloseTo((float) expected, offset(1e-3f));
        assertThat(fc[spreads + 2]).isCloseTo(0f, offset(1e-3f));
        // Vertical signal (index 9): its RMS is zero for both, all the movement is across gravity.
        assertThat(fl[9]).isCloseTo(0f, offset(1e-4f));
        assertThat(fc[9]).isCloseTo(0f, offset(1e-4f));
        // A circle across gravity keeps its length: the horizontal length barely moves; the line's does.
        assertThat(fc[18]).isLessThan(0.01f);
        assertThat(fl[18]).isGreaterThan(0.1f);
    }

    @Test
    void eigenvaluesOfADiagonalMatrixAreItsDiagonalLargestFirst() {
        assertThat(MotionRobust.eigenvalues(new double[] {1, 3, 2, 0, 0, 0})).containsExactly(new double[] {3, 2, 1}, offset(1e-9));
        assertThat(MotionRobust.eigenvalues(new double[] {2, 2, 2, 0, 0, 0})).containsExactly(2, 2, 2);
        // [[2,1,0],[1,2,0],[0,0,5]]: 5, 3, 1.
        assertThat(MotionRobust.eigenvalues(new double[] {2, 2, 5, 1, 0, 0})).containsExactly(new double[] {5, 3, 1}, offset(1e-9));
    }

    static Sample ramp(int length) {
        float[][] v = new float[3][length];
        for (int t = 0; t < length; t++) {
            v[0][t] = t;
        }
        return new Sample("ramp.csv", "r", List.of("accX", "accY", "accZ"), 62.5, v);
    }

    /** Windows a stride apart, as the device classifies them; a short recording is padded with its nearest reading. */
    @Test
    void deviceWindowsAreAStrideApartAndShortRecordingsArePadded() {
        MotionRobust p = MotionRobust.standard();
        assertThat(p.windowSamples()).isEqualTo(125);
        assertThat(p.windowStrideSamples()).isEqualTo(16);
        // 3 s = 188 readings: full windows start at 0, 16, 32, 48 (63 left): 4 of them.
        assertThat(p.deviceStarts(188, 5)).containsExactly(0, 16, 32, 48);
        // 10 s: many possible, 5 kept, spread from the first to the last.
        int[] starts = p.deviceStarts(625, 5);
        assertThat(starts).hasSize(5);
        assertThat(starts[0]).isZero();
        assertThat(starts[4]).isEqualTo(496);
        assertThat(starts[4] + 125).isLessThanOrEqualTo(625);
        // 1 s: one centred window, padded at both ends with the first and last reading.
        float[][] signal = p.atRate(ramp(62));
        int start = p.deviceStarts(62, 5)[0];
        float[] w = p.windowAt(signal, start);
        assertThat(w[0]).isZero();
        assertThat(w[3 * 124]).isEqualTo(61f);
        assertThat(w[3 * (-start + 10)]).isEqualTo(10f);
        // Sound is padded with silence instead.
        AudioMfe a = AudioMfe.standard();
        float[] tone = new float[8000];
        java.util.Arrays.fill(tone, 0.5f);
        float[] aw = a.windowAt(new float[][] {tone}, -4000);
        assertThat(aw[0]).isZero();
        assertThat(aw[4000]).isEqualTo(0.5f);
        assertThat(aw[15999]).isZero();
    }
}
