package kumiki.ml.dataset;

/** Linear-interpolation resampling, shared by the reader and the feature pipelines. */
public final class Resample {
    private Resample() {
    }

    /** {@code length} points spanning the same time as {@code in}, by linear interpolation. */
    public static float[] toLength(float[] in, int length) {
        float[] out = new float[length];
        if (in.length == 0) {
            return out;
        }
        if (in.length == 1 || length == 1) {
            java.util.Arrays.fill(out, in[0]);
            return out;
        }
        double step = (in.length - 1) / (double) (length - 1);
        for (int i = 0; i < length; i++) {
            double pos = i * step;
            int i0 = (int) Math.floor(pos);
            int i1 = Math.min(i0 + 1, in.length - 1);
            double frac = pos - i0;
            out[i] = (float) (in[i0] + (in[i1] - in[i0]) * frac);
        }
        return out;
    }

    /** The same signal at another rate. */
    public static float[] toRate(float[] in, double fromHz, double toHz) {
        int length = Math.max(1, (int) Math.round(in.length * toHz / fromHz));
        return toLength(in, length);
    }
}
