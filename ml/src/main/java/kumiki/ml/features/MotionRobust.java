package kumiki.ml.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * motion-robust: features that do not change with how the board is held. A child holds the board
 * tilted, upside down or turned; a friend holds it another way. Every number here is the same for
 * any rotation of the board, because each is built from lengths, angles to gravity and variances:
 *
 * <ul>
 *   <li>gravity's direction is the window's mean acceleration;</li>
 *   <li>three signals: the length of the acceleration, the movement along gravity (up and down),
 *       and the length of the movement across gravity (sideways, in any direction);</li>
 *   <li>per signal, its RMS around its mean and its log power in {@code bins} equal FFT bands;</li>
 *   <li>the square roots of the movement's covariance eigenvalues, largest first: one large value
 *       is a movement along a line (a wave, a shake), two alike are a movement in a plane (a circle).</li>
 * </ul>
 *
 * <p>Output: [rms, band 0..bins-1] for magnitude, vertical and horizontal, then the three spreads.
 */
public final class MotionRobust extends WindowedPipeline {
    public static final String NAME = "motion-robust";
    static final int SIGNALS = 3;

    private final int fftLength;
    private final int bins;

    public MotionRobust(double rateHz, int windowMs, int strideMs, int fftLength, int bins) {
        super(NAME, List.of("accX", "accY", "accZ"), rateHz, windowMs, strideMs);
        if (!Fft.isPowerOfTwo(fftLength) || windowSamples() > fftLength) {
            throw new IllegalArgumentException("The FFT length must be a power of 2 no shorter than the window");
        }
        if (bins < 1 || (fftLength / 2) % bins != 0) {
            throw new IllegalArgumentException("bins must divide FFT length / 2 (" + fftLength / 2 + "), not " + bins);
        }
        this.fftLength = fftLength;
        this.bins = bins;
    }

    /** 2 s at 62.5 Hz (125 samples), a new window every 250 ms, FFT 128, 8 bands: 30 features. */
    public static MotionRobust standard() {
        return new MotionRobust(62.5, 2000, 250, 128, 8);
    }

    @Override
    public MotionRobust withWindow(int windowMs, int windowStrideMs) {
        return new MotionRobust(rateHz, windowMs, windowStrideMs, fftLength, bins);
    }

    /**
     * bench/board.sh: 150,400 instructions for the standard window. The three FFTs keep their length
     * in a shorter window, so the standard figure is kept: an upper bound.
     */
    @Override
    public long boardInstructions() {
        return 150_400;
    }

    @Override
    void ownParameters(LinkedHashMap<String, Object> p) {
        p.put("fftLength", fftLength);
        p.put("bins", bins);
    }

    @Override
    public int[] outputShape() {
        return new int[] {SIGNALS * (1 + bins) + 3};
    }

    @Override
    public float[] features(float[] window) {
        int n = windowSamples();
        float[] mean = new float[3];
        for (int t = 0; t < n; t++) {
            for (int c = 0; c < 3; c++) {
                mean[c] += window[t * 3 + c];
            }
        }
        for (int c = 0; c < 3; c++) {
            mean[c] /= n;
        }
        float g = (float) Math.sqrt(mean[0] * mean[0] + mean[1] * mean[1] + mean[2] * mean[2]);
        float[] up = g > 1e-6f ? new float[] {mean[0] / g, mean[1] / g, mean[2] / g} : new float[] {0, 0, 1};
        float[][] signal = new float[SIGNALS][n];
        double[] cov = new double[6]; // xx, yy, zz, xy, xz, yz
        for (int t = 0; t < n; t++) {
            float ax = window[t * 3], ay = window[t * 3 + 1], az = window[t * 3 + 2];
            float dx = ax - mean[0], dy = ay - mean[1], dz = az - mean[2];
            float vertical = dx * up[0] + dy * up[1] + dz * up[2];
            float hx = dx - vertical * up[0], hy = dy - vertical * up[1], hz = dz - vertical * up[2];
            signal[0][t] = (float) Math.sqrt(ax * ax + ay * ay + az * az);
            signal[1][t] = vertical;
            signal[2][t] = (float) Math.sqrt(hx * hx + hy * hy + hz * hz);
            cov[0] += dx * dx;
            cov[1] += dy * dy;
            cov[2] += dz * dz;
            cov[3] += dx * dy;
            cov[4] += dx * dz;
            cov[5] += dy * dz;
        }
        int per = 1 + bins;
        float[] out = new float[SIGNALS * per + 3];
        float[] re = new float[fftLength];
        float[] im = new float[fftLength];
        for (int s = 0; s < SIGNALS; s++) {
            float m = 0;
            for (int t = 0; t < n; t++) {
                m += signal[s][t];
            }
            m /= n;
            java.util.Arrays.fill(re, 0);
            java.util.Arrays.fill(im, 0);
            float m2 = 0;
            for (int t = 0; t < n; t++) {
                float x = signal[s][t] - m;
                re[t] = x;
                m2 += x * x;
            }
            out[s * per] = (float) Math.sqrt(m2 / n);
            Fft.transform(re, im);
            Fft.logBandPowers(re, im, bins, MotionSpectral.POWER_FLOOR, out, s * per + 1);
        }
        for (int i = 0; i < 6; i++) {
            cov[i] /= n;
        }
        double[] eig = eigenvalues(cov);
        for (int i = 0; i < 3; i++) {
            out[SIGNALS * per + i] = (float) Math.sqrt(Math.max(eig[i], 0));
        }
        return out;
    }

    /**
     * Eigenvalues of a symmetric 3×3 matrix, largest first, in closed form (the trigonometric
     * solution of the characteristic cubic). Closed form rather than iteration, so the C on the
     * board takes the same steps.
     */
    static double[] eigenvalues(double[] c) {
        double xx = c[0], yy = c[1], zz = c[2], xy = c[3], xz = c[4], yz = c[5];
        double off = xy * xy + xz * xz + yz * yz;
        double q = (xx + yy + zz) / 3;
        double p2 = (xx - q) * (xx - q) + (yy - q) * (yy - q) + (zz - q) * (zz - q) + 2 * off;
        double p = Math.sqrt(p2 / 6);
        if (p < 1e-12) {
            return new double[] {q, q, q};
        }
        double bxx = (xx - q) / p, byy = (yy - q) / p, bzz = (zz - q) / p;
        double bxy = xy / p, bxz = xz / p, byz = yz / p;
        double det = bxx * (byy * bzz - byz * byz) - bxy * (bxy * bzz - byz * bxz) + bxz * (bxy * byz - byy * bxz);
        double r = Math.max(-1, Math.min(1, det / 2));
        double phi = Math.acos(r) / 3;
        double e1 = q + 2 * p * Math.cos(phi);
        double e3 = q + 2 * p * Math.cos(phi + 2 * Math.PI / 3);
        return new double[] {e1, 3 * q - e1 - e3, e3};
    }

    @Override
    public String cSource() {
        String header = String.format(Locale.ROOT, """
                /* %s v%d: rate %s Hz, window %d ms (%d samples), FFT %d, %d bands. Generated by Kumiki.
                   The same numbers for any way the board is held: see Kumiki's MotionRobust. */
                #include <math.h>
                #define KUMIKI_AXES 3
                #define KUMIKI_WINDOW %d
                #define KUMIKI_FFT %d
                #define KUMIKI_BINS %d
                #define KUMIKI_FEATURES %d
                """, NAME, version(), rateHz, windowMs, windowSamples(), fftLength, bins,
                windowSamples(), fftLength, bins, outputSize());
        return header + "\n" + Fft.cSource(fftLength) + """

                static void kumiki_eigenvalues(const double *c, double *e) {
                    double xx = c[0], yy = c[1], zz = c[2], xy = c[3], xz = c[4], yz = c[5];
                    double off = xy * xy + xz * xz + yz * yz;
                    double q = (xx + yy + zz) / 3;
                    double p2 = (xx - q) * (xx - q) + (yy - q) * (yy - q) + (zz - q) * (zz - q) + 2 * off;
                    double p = sqrt(p2 / 6);
                    if (p < 1e-12) { e[0] = q; e[1] = q; e[2] = q; return; }
                    double bxx = (xx - q) / p, byy = (yy - q) / p, bzz = (zz - q) / p;
                    double bxy = xy / p, bxz = xz / p, byz = yz / p;
                    double det = bxx * (byy * bzz - byz * byz) - bxy * (bxy * bzz - byz * bxz) + bxz * (bxy * byz - byy * bxz);
                    double r = det / 2;
                    if (r < -1) r = -1;
                    if (r > 1) r = 1;
                    double phi = acos(r) / 3;
                    e[0] = q + 2 * p * cos(phi);
                    e[2] = q + 2 * p * cos(phi + 2 * 3.14159265358979323846 / 3);
                    e[1] = 3 * q - e[0] - e[2];
                }

                void kumiki_features(const float *window, float *out) {
                    static float signal[3][KUMIKI_WINDOW];
                    static float re[KUMIKI_FFT];
                    static float im[KUMIKI_FFT];
                    float mean[3] = {0, 0, 0};
                    for (int t = 0; t < KUMIKI_WINDOW; t++)
                        for (int c = 0; c < 3; c++) mean[c] += window[t * 3 + c];
                    for (int c = 0; c < 3; c++) mean[c] /= KUMIKI_WINDOW;
                    float g = sqrtf(mean[0] * mean[0] + mean[1] * mean[1] + mean[2] * mean[2]);
                    float up[3] = {0, 0, 1};
                    if (g > 1e-6f) { up[0] = mean[0] / g; up[1] = mean[1] / g; up[2] = mean[2] / g; }
                    double cov[6] = {0, 0, 0, 0, 0, 0};
                    for (int t = 0; t < KUMIKI_WINDOW; t++) {
                        float ax = window[t * 3], ay = window[t * 3 + 1], az = window[t * 3 + 2];
                        float dx = ax - mean[0], dy = ay - mean[1], dz = az - mean[2];
                        float vertical = dx * up[0] + dy * up[1] + dz * up[2];
                        float hx = dx - vertical * up[0], hy = dy - vertical * up[1], hz = dz - vertical * up[2];
                        signal[0][t] = sqrtf(ax * ax + ay * ay + az * az);
                        signal[1][t] = vertical;
                        signal[2][t] = sqrtf(hx * hx + hy * hy + hz * hz);
                        cov[0] += dx * dx; cov[1] += dy * dy; cov[2] += dz * dz;
                        cov[3] += dx * dy; cov[4] += dx * dz; cov[5] += dy * dz;
                    }
                    const int per = 1 + KUMIKI_BINS;
                    for (int s = 0; s < 3; s++) {
                        float m = 0;
                        for (int t = 0; t < KUMIKI_WINDOW; t++) m += signal[s][t];
                        m /= KUMIKI_WINDOW;
                        for (int i = 0; i < KUMIKI_FFT; i++) { re[i] = 0; im[i] = 0; }
                        float m2 = 0;
                        for (int t = 0; t < KUMIKI_WINDOW; t++) {
                            float x = signal[s][t] - m;
                            re[t] = x;
                            m2 += x * x;
                        }
                        out[s * per] = sqrtf(m2 / KUMIKI_WINDOW);
                        kumiki_fft(re, im, KUMIKI_FFT);
                        const int width = KUMIKI_FFT / 2 / KUMIKI_BINS;
                        for (int b = 0; b < KUMIKI_BINS; b++) {
                            float sum = 0;
                            for (int k = 1 + b * width; k <= (b + 1) * width; k++) {
                                int kk = k < KUMIKI_FFT / 2 ? k : KUMIKI_FFT / 2;
                                sum += (re[kk] * re[kk] + im[kk] * im[kk]) / KUMIKI_FFT;
                            }
                            float power = sum / width;
                            out[s * per + 1 + b] = (float)log10(power > 1e-6f ? power : 1e-6f);
                        }
                    }
                    for (int i = 0; i < 6; i++) cov[i] /= KUMIKI_WINDOW;
                    double e[3];
                    kumiki_eigenvalues(cov, e);
                    for (int i = 0; i < 3; i++) out[3 * per + i] = (float)sqrt(e[i] > 0 ? e[i] : 0);
                }
                """;
    }
}
