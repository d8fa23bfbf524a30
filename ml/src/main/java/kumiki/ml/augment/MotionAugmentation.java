package kumiki.ml.augment;

import java.util.LinkedHashMap;
import java.util.Random;
import kumiki.ml.dataset.Resample;

/**
 * Motion: the board held at another angle (the whole reading turns, gravity included), the gesture
 * done faster or slower, bigger or smaller, a moment earlier or later, and sensor noise.
 */
final class MotionAugmentation implements Augmentation {
    static final double MAX_TILT_DEGREES = 40;
    static final double MAX_TURN_DEGREES = 180;
    static final double MIN_STRETCH = 0.8;
    static final double MAX_STRETCH = 1.25;
    static final double MIN_SCALE = 0.75;
    static final double MAX_SCALE = 1.3;
    static final double NOISE_G = 0.02;
    static final double SHIFT_MS = 300;

    private final double rateHz;

    MotionAugmentation(int windowSamples, double rateHz) {
        this.rateHz = rateHz;
    }

    @Override
    public Copy copy(float[][] signal, Random random) {
        double roll = Math.toRadians(Augmentation.between(random, -MAX_TILT_DEGREES, MAX_TILT_DEGREES));
        double pitch = Math.toRadians(Augmentation.between(random, -MAX_TILT_DEGREES, MAX_TILT_DEGREES));
        double yaw = Math.toRadians(Augmentation.between(random, -MAX_TURN_DEGREES, MAX_TURN_DEGREES));
        double stretch = Math.exp(Augmentation.between(random, Math.log(MIN_STRETCH), Math.log(MAX_STRETCH)));
        double scale = Augmentation.between(random, MIN_SCALE, MAX_SCALE);
        int n = signal[0].length;
        // Stretch time: a gesture done `stretch` times as fast lasts 1/stretch as long.
        int length = Math.max(2, (int) Math.round(n / stretch));
        float[][] v = new float[3][];
        for (int c = 0; c < 3; c++) {
            v[c] = Resample.toLength(signal[c], length);
        }
        // Bigger or smaller movement: scale what moves around the mean (gravity stays 1 g).
        for (int c = 0; c < 3; c++) {
            double mean = 0;
            for (float x : v[c]) {
                mean += x;
            }
            mean /= length;
            for (int t = 0; t < length; t++) {
                v[c][t] = (float) (mean + (v[c][t] - mean) * scale);
            }
        }
        double[][] r = rotation(roll, pitch, yaw);
        for (int t = 0; t < length; t++) {
            double x = v[0][t], y = v[1][t], z = v[2][t];
            for (int c = 0; c < 3; c++) {
                v[c][t] = (float) (r[c][0] * x + r[c][1] * y + r[c][2] * z + NOISE_G * random.nextGaussian());
            }
        }
        return new Copy(v, Augmentation.shift(random, SHIFT_MS, rateHz));
    }

    static double[][] rotation(double roll, double pitch, double yaw) {
        double cr = Math.cos(roll), sr = Math.sin(roll);
        double cp = Math.cos(pitch), sp = Math.sin(pitch);
        double cy = Math.cos(yaw), sy = Math.sin(yaw);
        double[][] rx = {{1, 0, 0}, {0, cr, -sr}, {0, sr, cr}};
        double[][] ry = {{cp, 0, sp}, {0, 1, 0}, {-sp, 0, cp}};
        double[][] rz = {{cy, -sy, 0}, {sy, cy, 0}, {0, 0, 1}};
        return times(rz, times(ry, rx));
    }

    private static double[][] times(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    out[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return out;
    }

    @Override
    public LinkedHashMap<String, Object> describe() {
        LinkedHashMap<String, Object> d = new LinkedHashMap<>();
        d.put("kind", "motion");
        d.put("copies", COPIES);
        d.put("tiltDegrees", MAX_TILT_DEGREES);
        d.put("turnDegrees", MAX_TURN_DEGREES);
        d.put("stretch", new double[] {MIN_STRETCH, MAX_STRETCH});
        d.put("scale", new double[] {MIN_SCALE, MAX_SCALE});
        d.put("noiseG", NOISE_G);
        d.put("shiftMs", SHIFT_MS);
        return d;
    }
}
