package kumiki.ml.quant;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import kumiki.ml.model.FloatModel;
import kumiki.ml.model.Layer;
import kumiki.ml.quant.QuantizedModel.Kind;
import kumiki.ml.quant.QuantizedModel.Op;
import kumiki.ml.quant.QuantizedModel.Tensor;

/**
 * Post-training full-integer quantization, calibrated on training samples, with
 * TFLite's conventions: int8 input and output; asymmetric int8 activations;
 * symmetric weights (per channel for convolutions, along dimension 0); int32
 * biases with scale = input scale × weight scale; softmax output scale 1/256,
 * zero point −128.
 */
public final class Quantizer {
    private Quantizer() {
    }

    /** Scale and zero point for values seen between min and max (0 always representable). */
    record Params(float scale, long zeroPoint) {
        static Params of(float min, float max) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
            float scale = (max - min) / 255f;
            if (scale <= 0) {
                scale = 1e-6f;
            }
            long zp = Math.round(-128 - min / scale);
            return new Params(scale, Math.max(-128, Math.min(127, zp)));
        }
    }

    /** @param calibration raw feature vectors (before normalisation), typically the training set */
    public static QuantizedModel quantize(FloatModel model, List<float[]> calibration) {
        int activations = model.layers().size() + 1;
        float[] min = new float[activations];
        float[] max = new float[activations];
        java.util.Arrays.fill(min, Float.MAX_VALUE);
        java.util.Arrays.fill(max, -Float.MAX_VALUE);
        for (float[] x : calibration) {
            float[][] a = model.activations(model.normalize(x));
            for (int i = 0; i < activations; i++) {
                for (float v : a[i]) {
                    min[i] = Math.min(min[i], v);
                    max[i] = Math.max(max[i], v);
                }
            }
        }

        List<Tensor> tensors = new ArrayList<>();
        List<Op> ops = new ArrayList<>();
        boolean spatial = model.inputShape().length == 2;
        int time = spatial ? model.inputShape()[0] : 1;
        int channels = spatial ? model.inputShape()[1] : model.inputShape()[0];
        Params in = Params.of(min[0], max[0]);
        int current = add(tensors, activation("input", spatial ? new int[] {1, 1, time, channels} : new int[] {1, channels}, in));

        for (int l = 0; l < model.layers().size(); l++) {
            Layer layer = model.layers().get(l);
            Params out = Params.of(min[l + 1], max[l + 1]);
            if (layer instanceof Layer.Dense d) {
                if (spatial) {
                    int flat = time * channels;
                    int shape = add(tensors, new Tensor("flatten/shape", new int[] {2}, QuantizedModel.INT32,
                            null, null, 0, ints(new int[] {1, flat})));
                    int flattened = add(tensors, activation("flatten", new int[] {1, flat}, in));
                    ops.add(new Op(Kind.RESHAPE, new int[] {current, shape}, new int[] {flattened}, false, 0));
                    current = flattened;
                    spatial = false;
                    channels = flat;
                }
                int units = d.bias().length;
                float maxAbs = 1e-12f;
                for (float[] row : d.weights()) {
                    for (float w : row) {
                        maxAbs = Math.max(maxAbs, Math.abs(w));
                    }
                }
                float wScale = maxAbs / 127f;
                byte[] w = new byte[units * channels];
                for (int o = 0; o < units; o++) {
                    for (int i = 0; i < channels; i++) {
                        w[o * channels + i] = (byte) clamp(Math.round(d.weights()[i][o] / wScale), -127, 127);
                    }
                }
                int weights = add(tensors, new Tensor("dense" + l + "/weights", new int[] {units, channels},
                        QuantizedModel.INT8, new float[] {wScale}, new long[] {0}, 0, w));
                int bias = add(tensors, bias("dense" + l + "/bias", d.bias(), in.scale(), new float[] {wScale}));
                int output = add(tensors, activation("dense" + l, new int[] {1, units}, out));
                ops.add(new Op(Kind.FULLY_CONNECTED, new int[] {current, weights, bias}, new int[] {output}, d.relu(), 0));
                current = output;
                channels = units;
                in = out;
            } else if (layer instanceof Layer.Conv c) {
                int k = c.kernel();
                int o = c.outChannels();
                float[] scales = new float[o];
                long[] zeros = new long[o];
                byte[] w = new byte[o * k * channels];
                for (int oc = 0; oc < o; oc++) {
                    float maxAbs = 1e-12f;
                    for (int t = 0; t < k; t++) {
                        for (int ic = 0; ic < channels; ic++) {
                            maxAbs = Math.max(maxAbs, Math.abs(c.weights()[t][ic][oc]));
                        }
                    }
                    scales[oc] = maxAbs / 127f;
                    for (int t = 0; t < k; t++) {
                        for (int ic = 0; ic < channels; ic++) {
                            w[(oc * k + t) * channels + ic] =
                                    (byte) clamp(Math.round(c.weights()[t][ic][oc] / scales[oc]), -127, 127);
                        }
                    }
                }
                // TFLite's filter layout is [out][height][width][in]; here height is 1.
                int weights = add(tensors, new Tensor("conv" + l + "/weights", new int[] {o, 1, k, channels},
                        QuantizedModel.INT8, scales, zeros, 0, w));
                int bias = add(tensors, bias("conv" + l + "/bias", c.bias(), in.scale(), scales));
                time = time - k + 1;
                int output = add(tensors, activation("conv" + l, new int[] {1, 1, time, o}, out));
                ops.add(new Op(Kind.CONV_2D, new int[] {current, weights, bias}, new int[] {output}, c.relu(), 0));
                current = output;
                channels = o;
                in = out;
            } else if (layer instanceof Layer.MaxPool p) {
                time = time / p.size();
                // Pooling keeps its input's scale and zero point, as TFLite requires.
                int output = add(tensors, activation("pool" + l, new int[] {1, 1, time, channels}, in));
                ops.add(new Op(Kind.MAX_POOL_2D, new int[] {current}, new int[] {output}, false, p.size()));
                current = output;
            }
        }
        int probabilities = add(tensors, activation("probabilities", new int[] {1, channels},
                new Params(1f / 256f, -128)));
        ops.add(new Op(Kind.SOFTMAX, new int[] {current}, new int[] {probabilities}, false, 0));
        return new QuantizedModel(List.copyOf(tensors), List.copyOf(ops), 0, probabilities, model.labels());
    }

    /** The int8 input the device would feed for these (already normalised) values. */
    public static byte[] quantizeInput(QuantizedModel model, float[] normalized) {
        Tensor t = model.inputTensor();
        byte[] q = new byte[normalized.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = (byte) clamp(Math.round(normalized[i] / t.scale()[0]) + (int) t.zeroPoint()[0], -128, 127);
        }
        return q;
    }

    private static Tensor activation(String name, int[] shape, Params p) {
        return new Tensor(name, shape, QuantizedModel.INT8, new float[] {p.scale()}, new long[] {p.zeroPoint()}, 0, null);
    }

    private static Tensor bias(String name, float[] bias, float inputScale, float[] weightScales) {
        float[] scales = new float[bias.length];
        long[] zeros = new long[bias.length];
        int[] q = new int[bias.length];
        for (int i = 0; i < bias.length; i++) {
            scales[i] = inputScale * weightScales[weightScales.length == 1 ? 0 : i];
            q[i] = (int) Math.round(bias[i] / (double) scales[i]);
        }
        float[] stored = weightScales.length == 1 ? new float[] {scales[0]} : scales;
        long[] storedZeros = weightScales.length == 1 ? new long[] {0} : zeros;
        return new Tensor(name, new int[] {bias.length}, QuantizedModel.INT32, stored, storedZeros, 0, ints(q));
    }

    static byte[] ints(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    private static int add(List<Tensor> tensors, Tensor t) {
        tensors.add(t);
        return tensors.size() - 1;
    }

    static int clamp(long v, int lo, int hi) {
        return (int) Math.max(lo, Math.min(hi, v));
    }
}
