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
     * The middle {@link #windowSamples()} of a recording at the pipeline's rate,
     * [time][channel]. Shorter recordings repeat their first and last value.
     */
    default float[] window(Sample sample) {
        int channels = channels().size();
        int n = windowSamples();
        float[] out = new float[n * channels];
        for (int c = 0; c < channels; c++) {
            int index = sample.channels().indexOf(channels().get(c));
            if (index < 0) {
                throw new IllegalArgumentException("The " + name() + " pipeline needs a column named "
                        + channels().get(c) + " but " + sample.file() + " has " + sample.channels());
            }
            float[] resampled = Math.abs(sample.rateHz() - rateHz()) < 1e-9 ? sample.values()[index]
                    : Resample.toRate(sample.values()[index], sample.rateHz(), rateHz());
            int start = (resampled.length - n) / 2;
            for (int t = 0; t < n; t++) {
                int i = Math.max(0, Math.min(resampled.length - 1, start + t));
                out[t * channels + c] = resampled[i];
            }
        }
        return out;
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
