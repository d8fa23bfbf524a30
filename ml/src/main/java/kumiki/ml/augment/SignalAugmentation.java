package kumiki.ml.augment;

import java.util.LinkedHashMap;
import java.util.Random;

/** Light and analog sensors: a brighter or darker room (scale and offset), a moment earlier or later, noise. */
final class SignalAugmentation implements Augmentation {
    static final double MIN_SCALE = 0.85;
    static final double MAX_SCALE = 1.15;
    /** Offset as a share of the recording's mean level. */
    static final double OFFSET_SHARE = 0.1;
    /** Noise as a share of the recording's spread. */
    static final double NOISE_SHARE = 0.03;
    static final double SHIFT_MS = 300;

    private final double rateHz;

    SignalAugmentation(int windowSamples, double rateHz) {
        this.rateHz = rateHz;
    }

    @Override
    public Copy copy(float[][] signal, Random random) {
        float[][] v = new float[signal.length][];
        for (int c = 0; c < signal.length; c++) {
            float[] in = signal[c];
            double mean = 0;
            double square = 0;
            for (float x : in) {
                mean += x;
                square += (double) x * x;
            }
            mean /= Math.max(1, in.length);
            double spread = Math.sqrt(Math.max(0, square / Math.max(1, in.length) - mean * mean));
            double scale = Augmentation.between(random, MIN_SCALE, MAX_SCALE);
            double offset = Augmentation.between(random, -OFFSET_SHARE, OFFSET_SHARE) * Math.abs(mean);
            v[c] = new float[in.length];
            for (int t = 0; t < in.length; t++) {
                v[c][t] = (float) (in[t] * scale + offset + NOISE_SHARE * spread * random.nextGaussian());
            }
        }
        return new Copy(v, Augmentation.shift(random, SHIFT_MS, rateHz));
    }

    @Override
    public LinkedHashMap<String, Object> describe() {
        LinkedHashMap<String, Object> d = new LinkedHashMap<>();
        d.put("kind", "signal");
        d.put("copies", COPIES);
        d.put("scale", new double[] {MIN_SCALE, MAX_SCALE});
        d.put("offsetShare", OFFSET_SHARE);
        d.put("noiseShare", NOISE_SHARE);
        d.put("shiftMs", SHIFT_MS);
        return d;
    }
}
