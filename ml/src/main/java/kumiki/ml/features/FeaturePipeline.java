package kumiki.ml.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kumiki.ml.dataset.Resample;
import kumiki.ml.dataset.Sample;

/**
 * A feature pipeline, described by its parameters and versioned: the firmware
 * must compute exactly what training computed, so a pipeline never changes
 * silently; a change in its numbers means a new {@link #version()}.
 *
 * <p>Two steps. {@link #window} (Java only) picks the stretch of a recording the
 * device would see and brings it to the pipeline's rate. {@link #features} turns
 * that window into numbers, and {@link #cSource} is the same computation in C99
 * for the device (no heap, float math, nothing beyond math.h).
 */
public interface FeaturePipeline {
    String name();

    int version();

    /** Parameter names and values, in a stable order (for model.json and the generated C). */
    LinkedHashMap<String, Object> parameters();

    /** The channels it reads, in order. */
    List<String> channels();

    double rateHz();

    int windowSamples();

    /** Shape of the output tensor without the batch dimension, e.g. [33] or [50, 3]. */
    int[] outputShape();

    default int outputSize() {
        int n = 1;
        for (int d : outputShape()) {
            n *= d;
        }
        return n;
    }

    /** The numbers for one window, laid out [time][channel] at {@link #rateHz()}. */
    float[] features(float[] window);

    /**
     * C99 source defining {@code void kumiki_features(const float *window, float *out)}
     * with {@code window} laid out [time][channel], as {@link #features} expects.
     */
    String cSource();

    /**
     * Instructions the Wio Terminal's Cortex-M4 runs to turn one window into features, once its tables
     * are made: measured by {@code bench/board.sh} (QEMU's Cortex-M4 counts them) for the standard
     * pipeline and, for another window, scaled as the work scales. An estimate, like the model's own.
     */
    long boardInstructions();

    /** {@link #boardInstructions} in milliseconds at the Wio Terminal's 120 MHz, one instruction a cycle. */
    default double boardMs() {
        return boardInstructions() / 120e3;
    }

    /** Readings between two windows the device classifies: it classifies a new window every stride. */
    int windowStrideSamples();

    /** The window in milliseconds, as given in {@link #parameters()}. */
    int windowMs();

    /** The stride in milliseconds, as given in {@link #parameters()}. */
    int windowStrideMs();

    /**
     * The same pipeline with another window and stride (the wizard's expert drawer). Every other
     * parameter stays; a window the pipeline cannot take (longer than its FFT) is an
     * {@link IllegalArgumentException}.
     */
    FeaturePipeline withWindow(int windowMs, int windowStrideMs);

    /**
     * How a window that reaches past a recording is filled: sound with silence, sensors that hold a
     * level (motion, light) with the nearest reading, as the device's buffer would hold them.
     */
    default boolean padsWithSilence() {
        return false;
    }

    /** The recording's channels in this pipeline's order, at the pipeline's rate: [channel][time]. */
    default float[][] atRate(Sample sample) {
        float[][] out = new float[channels().size()][];
        for (int c = 0; c < out.length; c++) {
            int index = sample.channels().indexOf(channels().get(c));
            if (index < 0) {
                throw new IllegalArgumentException("The " + name() + " pipeline needs a column named "
                        + channels().get(c) + " but " + sample.file() + " has " + sample.channels());
            }
            out[c] = Math.abs(sample.rateHz() - rateHz()) < 1e-9 ? sample.values()[index]
                    : Resample.toRate(sample.values()[index], sample.rateHz(), rateHz());
        }
        return out;
    }

    /**
     * {@link #windowSamples()} readings from {@code start}, laid out [time][channel]. The start may lie
     * before the recording or the window run past its end; the rest is padded (see {@link #padsWithSilence}).
     */
    default float[] windowAt(float[][] signal, int start) {
        int channels = signal.length;
        int n = windowSamples();
        float[] out = new float[n * channels];
        for (int c = 0; c < channels; c++) {
            float[] v = signal[c];
            for (int t = 0; t < n; t++) {
                int i = start + t;
                if (i >= 0 && i < v.length) {
                    out[t * channels + c] = v[i];
                } else if (!padsWithSilence() && v.length > 0) {
                    out[t * channels + c] = v[Math.max(0, Math.min(v.length - 1, i))];
                }
            }
        }
        return out;
    }

    /** The middle {@link #windowSamples()} of a recording, padded when it is shorter. */
    default float[] window(Sample sample) {
        float[][] signal = atRate(sample);
        return windowAt(signal, (signal[0].length - windowSamples()) / 2);
    }

    /** At most this many windows of one recording are trained on (see {@link #deviceStarts}). */
    default int windowsPerRecording() {
        return 1;
    }

    /**
     * Where the device's windows would start in a recording of {@code length} readings: every stride
     * from the first full window to the last full one, at most {@code max} of them, spread evenly.
     * A recording no longer than the window gives its one centred window.
     */
    default int[] deviceStarts(int length, int max) {
        int n = windowSamples();
        if (length <= n || max <= 1) {
            return new int[] {(length - n) / 2};
        }
        int possible = (length - n) / windowStrideSamples() + 1;
        int count = Math.min(possible, max);
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            int step = count == 1 ? 0 : (int) Math.round(i * (possible - 1) / (double) (count - 1));
            starts[i] = step * windowStrideSamples();
        }
        return starts;
    }

    default float[] extract(Sample sample) {
        return features(window(sample));
    }

    /** Name, version and parameters, as stored in model.json. */
    default Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name());
        d.put("version", version());
        d.put("parameters", parameters());
        d.put("channels", channels());
        d.put("outputShape", outputShape());
        return d;
    }
}
