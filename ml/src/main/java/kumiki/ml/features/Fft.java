package kumiki.ml.features;

/**
 * In-place iterative radix-2 FFT, written to match the C version line for line
 * (same bit reversal, same twiddle computation), so the two agree closely.
 */
final class Fft {
    private Fft() {
    }

    static boolean isPowerOfTwo(int n) {
        return n > 0 && (n & (n - 1)) == 0;
    }

    /**
     * The motion pipelines' spectrum: after {@link #transform}, {@code bins} equal bands of bins 1 to
     * n/2 (the mean, bin 0, is left out), each the mean power per bin, as log10 floored at
     * {@code floor}, written to {@code out} from {@code at}. One place, so the two pipelines that use
     * it cannot drift apart; the C in each pipeline's source takes the same steps.
     */
    static void logBandPowers(float[] re, float[] im, int bins, float floor, float[] out, int at) {
        int fftLength = re.length;
        int width = fftLength / 2 / bins;
        for (int b = 0; b < bins; b++) {
            float sum = 0;
            for (int k = 1 + b * width; k <= (b + 1) * width; k++) {
                int kk = Math.min(k, fftLength / 2);
                sum += (re[kk] * re[kk] + im[kk] * im[kk]) / fftLength;
            }
            out[at + b] = (float) Math.log10(Math.max(sum / width, floor));
        }
    }

    static void transform(float[] re, float[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                float t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = -2 * Math.PI / len;
            for (int i = 0; i < n; i += len) {
                for (int k = 0; k < len / 2; k++) {
                    float wr = (float) Math.cos(angle * k);
                    float wi = (float) Math.sin(angle * k);
                    int a = i + k;
                    int b = a + len / 2;
                    float xr = re[b] * wr - im[b] * wi;
                    float xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }

    /**
     * The same FFT in C99, as a static function, for transforms of at most {@code maxN} points. The
     * twiddle factors are worked out on the first call and kept: on the board, cos and sin in double
     * precision are software and cost thousands of cycles each, and every transform needs n - 1 pairs.
     * Each factor is computed by the same expression as in {@link #transform}, so nothing changes by a bit.
     */
    static String cSource(int maxN) {
        return """
            static float kumiki_twr[%d];
            static float kumiki_twi[%d];
            static int kumiki_tw_n = 0;

            static void kumiki_fft(float *re, float *im, int n) {
                if (kumiki_tw_n != n) {
                    /* The factors of the transform of len points sit at len / 2 - 1 .. len - 2. */
                    for (int len = 2; len <= n; len <<= 1) {
                        double angle = -2.0 * 3.14159265358979323846 / len;
                        for (int k = 0; k < len / 2; k++) {
                            kumiki_twr[len / 2 - 1 + k] = (float)cos(angle * k);
                            kumiki_twi[len / 2 - 1 + k] = (float)sin(angle * k);
                        }
                    }
                    kumiki_tw_n = n;
                }
                for (int i = 1, j = 0; i < n; i++) {
                    int bit = n >> 1;
                    for (; j & bit; bit >>= 1) {
                        j ^= bit;
                    }
                    j ^= bit;
                    if (i < j) {
                        float t = re[i]; re[i] = re[j]; re[j] = t;
                        t = im[i]; im[i] = im[j]; im[j] = t;
                    }
                }
                for (int len = 2; len <= n; len <<= 1) {
                    for (int i = 0; i < n; i += len) {
                        for (int k = 0; k < len / 2; k++) {
                            float wr = kumiki_twr[len / 2 - 1 + k];
                            float wi = kumiki_twi[len / 2 - 1 + k];
                            int a = i + k;
                            int b = a + len / 2;
                            float xr = re[b] * wr - im[b] * wi;
                            float xi = re[b] * wi + im[b] * wr;
                            re[b] = re[a] - xr;
                            im[b] = im[a] - xi;
                            re[a] += xr;
                            im[a] += xi;
                        }
                    }
                }
            }
            """.formatted(Math.max(1, maxN - 1), Math.max(1, maxN - 1));
    }

}
