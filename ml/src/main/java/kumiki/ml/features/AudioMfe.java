package kumiki.ml.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * audio-mfe: log-mel energies. Frames of {@code frameMs} every {@code strideMs},
 * each Hann-windowed and transformed (FFT length = frame length); the power
 * spectrum goes through {@code filters} triangular mel filters between
 * {@code lowHz} and {@code highHz}; each energy becomes log10, with a floor.
 * Output [frames][filters], time first, for the conv net.
 */
public final class AudioMfe extends WindowedPipeline {
    public static final String NAME = "audio-mfe";
    static final float ENERGY_FLOOR = 1e-10f;

    private final int frameMs;
    private final int strideMs;
    private final int filters;
    private final double lowHz;
    private final double highHz;

    public AudioMfe(double rateHz, int windowMs, int windowStrideMs, int frameMs, int strideMs, int filters, double lowHz, double highHz) {
        super(NAME, List.of("audio"), rateHz, windowMs, windowStrideMs);
        this.frameMs = frameMs;
        this.strideMs = strideMs;
        this.filters = filters;
        this.lowHz = lowHz;
        this.highHz = highHz;
        if (!Fft.isPowerOfTwo(frameSamples())) {
            throw new IllegalArgumentException("The frame must be a power of 2 samples long for the FFT ("
                    + frameSamples() + " at " + rateHz + " Hz); 32 ms at 16 kHz is 512");
        }
        if (windowSamples() < frameSamples() || strideSamples() < 1) {
            throw new IllegalArgumentException("The window (" + windowMs + " ms) must hold at least one frame ("
                    + frameMs + " ms)");
        }
        if (highHz > rateHz / 2 || lowHz < 0 || lowHz >= highHz) {
            throw new IllegalArgumentException("The mel filters must lie between 0 Hz and half the sample rate ("
                    + rateHz / 2 + " Hz), low below high");
        }
    }

    /** 1 s at 16 kHz, a new window every 250 ms, 32 ms frames every 16 ms (61 frames), 40 mel filters from 80 Hz to 7600 Hz. */
    public static AudioMfe standard() {
        return new AudioMfe(16000, 1000, 250, 32, 16, 40, 80, 7600);
    }

    @Override
    public AudioMfe withWindow(int windowMs, int windowStrideMs) {
        return new AudioMfe(rateHz, windowMs, windowStrideMs, frameMs, strideMs, filters, lowHz, highHz);
    }

    /** bench/board.sh: 6,130,000 instructions for the standard 61 frames; each frame costs the same. */
    @Override
    public long boardInstructions() {
        return Math.round(6_130_000.0 * frames() / standard().frames());
    }



    @Override
    void ownParameters(LinkedHashMap<String, Object> p) {
        p.put("frameMs", frameMs);
        p.put("strideMs", strideMs);
        p.put("filters", filters);
        p.put("lowHz", lowHz);
        p.put("highHz", highHz);
    }




    int frameSamples() {
        return (int) Math.round(frameMs * rateHz / 1000.0);
    }

    int strideSamples() {
        return (int) Math.round(strideMs * rateHz / 1000.0);
    }

    int frames() {
        return 1 + (windowSamples() - frameSamples()) / strideSamples();
    }

    @Override
    public int[] outputShape() {
        return new int[] {frames(), filters};
    }

    /** Sound shorter than the window is padded with silence, not with repeated samples. */
    @Override
    public boolean padsWithSilence() {
        return true;
    }

    static double mel(double hz) {
        return 2595.0 * Math.log10(1.0 + hz / 700.0);
    }

    static double hz(double mel) {
        return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
    }

    @Override
    public float[] features(float[] window) {
        int frame = frameSamples();
        int stride = strideSamples();
        int bins = frame / 2 + 1;
        // Filter edges, in FFT bins (fractional).
        double[] edge = new double[filters + 2];
        double lo = mel(lowHz);
        double hi = mel(highHz);
        for (int j = 0; j < edge.length; j++) {
            edge[j] = hz(lo + j * (hi - lo) / (filters + 1)) * frame / rateHz;
        }
        float[] hann = new float[frame];
        for (int i = 0; i < frame; i++) {
            hann[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (frame - 1)));
        }
        float[] out = new float[frames() * filters];
        float[] re = new float[frame];
        float[] im = new float[frame];
        float[] power = new float[bins];
        for (int f = 0; f < frames(); f++) {
            for (int i = 0; i < frame; i++) {
                re[i] = window[f * stride + i] * hann[i];
                im[i] = 0;
            }
            Fft.transform(re, im);
            for (int k = 0; k < bins; k++) {
                power[k] = (re[k] * re[k] + im[k] * im[k]) / frame;
            }
            for (int m = 1; m <= filters; m++) {
                float energy = 0;
                for (int k = 0; k < bins; k++) {
                    double w = 0;
                    if (k > edge[m - 1] && k < edge[m]) {
                        w = (k - edge[m - 1]) / (edge[m] - edge[m - 1]);
                    } else if (k >= edge[m] && k < edge[m + 1]) {
                        w = (edge[m + 1] - k) / (edge[m + 1] - edge[m]);
                    }
                    energy += (float) w * power[k];
                }
                out[f * filters + m - 1] = (float) Math.log10(Math.max(energy, ENERGY_FLOOR));
            }
        }
        return out;
    }

    @Override
    public String cSource() {
        String header = String.format(Locale.ROOT, """
                /* %s v%d: %s Hz, window %d ms, frames of %d ms every %d ms (%d frames), %d mel filters %s-%s Hz.
                   Generated by Kumiki. */
                #include <math.h>
                #define KUMIKI_AXES 1
                #define KUMIKI_WINDOW %d
                #define KUMIKI_FRAME %d
                #define KUMIKI_STRIDE %d
                #define KUMIKI_FRAMES %d
                #define KUMIKI_FILTERS %d
                #define KUMIKI_LOW_HZ %s
                #define KUMIKI_HIGH_HZ %s
                #define KUMIKI_RATE_HZ %s
                #define KUMIKI_FEATURES %d
                """, NAME, version(), rateHz, windowMs, frameMs, strideMs, frames(), filters, lowHz, highHz,
                windowSamples(), frameSamples(), strideSamples(), frames(), filters, lowHz, highHz, rateHz, outputSize());
        return header + "\n" + Fft.cSource(frameSamples()) + """

                static double kumiki_mel(double hz) { return 2595.0 * log10(1.0 + hz / 700.0); }
                static double kumiki_hz(double mel) { return 700.0 * (pow(10.0, mel / 2595.0) - 1.0); }

                void kumiki_features(const float *window, float *out) {
                    static float re[KUMIKI_FRAME];
                    static float im[KUMIKI_FRAME];
                    static float power[KUMIKI_FRAME / 2 + 1];
                    static float hann[KUMIKI_FRAME];
                    /* Each filter's weights, worked out once: the bins it covers (each bin is covered by at
                       most two filters) and their weights, ascending, as the sum below visits them. */
                    static short weightBin[KUMIKI_FRAME + 2];
                    static float weight[KUMIKI_FRAME + 2];
                    static short filterStart[KUMIKI_FILTERS + 1];
                    static int ready = 0;
                    const int bins = KUMIKI_FRAME / 2 + 1;
                    if (!ready) {
                        double edge[KUMIKI_FILTERS + 2];
                        double lo = kumiki_mel(KUMIKI_LOW_HZ), hi = kumiki_mel(KUMIKI_HIGH_HZ);
                        for (int j = 0; j < KUMIKI_FILTERS + 2; j++) {
                            edge[j] = kumiki_hz(lo + j * (hi - lo) / (KUMIKI_FILTERS + 1)) * KUMIKI_FRAME / KUMIKI_RATE_HZ;
                        }
                        for (int i = 0; i < KUMIKI_FRAME; i++) {
                            hann[i] = (float)(0.5 - 0.5 * cos(2 * 3.14159265358979323846 * i / (KUMIKI_FRAME - 1)));
                        }
                        int n = 0;
                        for (int m = 1; m <= KUMIKI_FILTERS; m++) {
                            filterStart[m - 1] = (short)n;
                            for (int k = 0; k < bins; k++) {
                                double w;
                                if (k > edge[m - 1] && k < edge[m]) w = (k - edge[m - 1]) / (edge[m] - edge[m - 1]);
                                else if (k >= edge[m] && k < edge[m + 1]) w = (edge[m + 1] - k) / (edge[m + 1] - edge[m]);
                                else continue;
                                if (n < KUMIKI_FRAME + 2) {
                                    weightBin[n] = (short)k;
                                    weight[n] = (float)w;
                                    n++;
                                }
                            }
                        }
                        filterStart[KUMIKI_FILTERS] = (short)n;
                        ready = 1;
                    }
                    for (int f = 0; f < KUMIKI_FRAMES; f++) {
                        for (int i = 0; i < KUMIKI_FRAME; i++) {
                            re[i] = window[f * KUMIKI_STRIDE + i] * hann[i];
                            im[i] = 0;
                        }
                        kumiki_fft(re, im, KUMIKI_FRAME);
                        for (int k = 0; k < bins; k++) power[k] = (re[k] * re[k] + im[k] * im[k]) / KUMIKI_FRAME;
                        for (int m = 1; m <= KUMIKI_FILTERS; m++) {
                            /* A bin outside the filter would add 0 × its power: nothing, so it is not visited. */
                            float energy = 0;
                            for (int i = filterStart[m - 1]; i < filterStart[m]; i++) energy += weight[i] * power[weightBin[i]];
                            out[f * KUMIKI_FILTERS + m - 1] = (float)log10(energy > 1e-10f ? energy : 1e-10f);
                        }
                    }
                }
                """;
    }
}
