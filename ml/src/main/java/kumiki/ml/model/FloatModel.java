package kumiki.ml.model;

import java.util.List;

/**
 * A trained model in floating point: the input normalisation, the layers, and
 * a softmax at the end. {@link #probabilities} runs it in plain Java: it is
 * used to evaluate the float model and to calibrate int8 quantization.
 *
 * @param inputShape [features] for dense models, [time, channels] for conv models
 * @param mean       per input value, subtracted before the model (the device does the same in C)
 * @param scale      per input value, multiplied after subtracting the mean (1 / standard deviation)
 */
public record FloatModel(int[] inputShape, float[] mean, float[] scale, List<Layer> layers, List<String> labels) {

    public int inputSize() {
        int n = 1;
        for (int d : inputShape) {
            n *= d;
        }
        return n;
    }

    public float[] normalize(float[] features) {
        float[] x = new float[features.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (features[i] - mean[i]) * scale[i];
        }
        return x;
    }

    /** Every intermediate tensor for one normalised input: [0] is the input, the last is the logits. */
    public float[][] activations(float[] normalized) {
        float[][] out = new float[layers.size() + 1][];
        out[0] = normalized;
        int time = inputShape.length == 2 ? inputShape[0] : 1;
        int channels = inputShape.length == 2 ? inputShape[1] : normalized.length;
        float[] x = normalized;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            if (layer instanceof Layer.Dense d) {
                float[] y = new float[d.bias().length];
                for (int o = 0; o < y.length; o++) {
                    float s = d.bias()[o];
                    for (int i = 0; i < x.length; i++) {
                        s += x[i] * d.weights()[i][o];
                    }
                    y[o] = d.relu() ? Math.max(0, s) : s;
                }
                x = y;
                time = 1;
                channels = y.length;
            } else if (layer instanceof Layer.Conv c) {
                int outTime = time - c.kernel() + 1;
                float[] y = new float[outTime * c.outChannels()];
                for (int t = 0; t < outTime; t++) {
                    for (int o = 0; o < c.outChannels(); o++) {
                        float s = c.bias()[o];
                        for (int k = 0; k < c.kernel(); k++) {
                            for (int i = 0; i < channels; i++) {
                                s += x[(t + k) * channels + i] * c.weights()[k][i][o];
                            }
                        }
                        y[t * c.outChannels() + o] = c.relu() ? Math.max(0, s) : s;
                    }
                }
                x = y;
                time = outTime;
                channels = c.outChannels();
            } else if (layer instanceof Layer.MaxPool p) {
                int outTime = time / p.size();
                float[] y = new float[outTime * channels];
                for (int t = 0; t < outTime; t++) {
                    for (int ch = 0; ch < channels; ch++) {
                        float m = -Float.MAX_VALUE;
                        for (int k = 0; k < p.size(); k++) {
                            m = Math.max(m, x[(t * p.size() + k) * channels + ch]);
                        }
                        y[t * channels + ch] = m;
                    }
                }
                x = y;
                time = outTime;
            }
            out[l + 1] = x;
        }
        return out;
    }

    public float[] probabilities(float[] features) {
        float[][] a = activations(normalize(features));
        return softmax(a[a.length - 1]);
    }

    static float[] softmax(float[] logits) {
        float max = -Float.MAX_VALUE;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        float[] p = new float[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= (float) sum;
        }
        return p;
    }

    public static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
