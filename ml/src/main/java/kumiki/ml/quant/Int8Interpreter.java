package kumiki.ml.quant;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import kumiki.ml.quant.QuantizedModel.Op;
import kumiki.ml.quant.QuantizedModel.Tensor;

/**
 * Runs a {@link QuantizedModel} with the integer arithmetic of TFLite Micro's
 * reference kernels (int32 accumulators, Q31 multipliers, the same rounding, and
 * softmax in gemmlowp fixed point: {@link TflmSoftmax}), so the app can show what the
 * device will compute.
 */
public final class Int8Interpreter {
    private final QuantizedModel model;

    public Int8Interpreter(QuantizedModel model) {
        this.model = model;
    }

    /** The index of the highest score: the label the device would report. */
    public static int argmax(byte[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    /** int8 input (as the device feeds it) in, int8 probabilities out. */
    public byte[] run(byte[] input) {
        byte[][] values = new byte[model.tensors().size()][];
        values[model.input()] = input.clone();
        for (Op op : model.ops()) {
            Tensor out = model.tensors().get(op.outputs()[0]);
            values[op.outputs()[0]] = switch (op.kind()) {
                case FULLY_CONNECTED -> fullyConnected(op, values[op.inputs()[0]], out);
                case CONV_2D -> conv(op, values[op.inputs()[0]], out);
                case MAX_POOL_2D -> maxPool(op, values[op.inputs()[0]], out);
                case RESHAPE -> values[op.inputs()[0]].clone();
                case SOFTMAX -> softmax(model.tensors().get(op.inputs()[0]), values[op.inputs()[0]], out);
            };
        }
        return values[model.output()];
    }

    /** Probabilities 0..1 from the int8 output: scale × (q − zero point). */
    public float[] dequantizeOutput(byte[] output) {
        Tensor t = model.outputTensor();
        float[] p = new float[output.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = t.scale()[0] * (output[i] - t.zeroPoint()[0]);
        }
        return p;
    }

    private int[] activationRange(Op op, Tensor out) {
        int zp = (int) out.zeroPoint()[0];
        return op.relu() ? new int[] {Math.max(-128, zp), 127} : new int[] {-128, 127};
    }

    private byte[] fullyConnected(Op op, byte[] in, Tensor out) {
        Tensor inT = model.tensors().get(op.inputs()[0]);
        Tensor wT = model.tensors().get(op.inputs()[1]);
        int[] bias = ints(model.tensors().get(op.inputs()[2]).data());
        int units = wT.shape()[0];
        int depth = wT.shape()[1];
        int inOffset = (int) -inT.zeroPoint()[0];
        int outZp = (int) out.zeroPoint()[0];
        QuantMath.Multiplier m = QuantMath.quantizeMultiplier(
                (double) inT.scale()[0] * wT.scale()[0] / out.scale()[0]);
        int[] range = activationRange(op, out);
        byte[] w = wT.data();
        byte[] result = new byte[units];
        for (int o = 0; o < units; o++) {
            int acc = 0;
            for (int i = 0; i < depth; i++) {
                acc += (in[i] + inOffset) * w[o * depth + i];
            }
            acc += bias[o];
            acc = QuantMath.multiplyByQuantizedMultiplier(acc, m) + outZp;
            result[o] = (byte) Math.max(range[0], Math.min(range[1], acc));
        }
        return result;
    }

    private byte[] conv(Op op, byte[] in, Tensor out) {
        Tensor inT = model.tensors().get(op.inputs()[0]);
        Tensor wT = model.tensors().get(op.inputs()[1]);
        int[] bias = ints(model.tensors().get(op.inputs()[2]).data());
        int outChannels = wT.shape()[0];
        int kernel = wT.shape()[2];
        int inChannels = wT.shape()[3];
        int outTime = out.shape()[2];
        int inOffset = (int) -inT.zeroPoint()[0];
        int outZp = (int) out.zeroPoint()[0];
        int[] range = activationRange(op, out);
        QuantMath.Multiplier[] m = new QuantMath.Multiplier[outChannels];
        for (int o = 0; o < outChannels; o++) {
            m[o] = QuantMath.quantizeMultiplier((double) inT.scale()[0] * wT.scale()[o] / out.scale()[0]);
        }
        byte[] w = wT.data();
        byte[] result = new byte[outTime * outChannels];
        for (int t = 0; t < outTime; t++) {
            for (int o = 0; o < outChannels; o++) {
                int acc = 0;
                for (int k = 0; k < kernel; k++) {
                    for (int c = 0; c < inChannels; c++) {
                        acc += (in[(t + k) * inChannels + c] + inOffset) * w[(o * kernel + k) * inChannels + c];
                    }
                }
                acc += bias[o];
                acc = QuantMath.multiplyByQuantizedMultiplier(acc, m[o]) + outZp;
                result[t * outChannels + o] = (byte) Math.max(range[0], Math.min(range[1], acc));
            }
        }
        return result;
    }

    private byte[] maxPool(Op op, byte[] in, Tensor out) {
        int channels = out.shape()[3];
        int outTime = out.shape()[2];
        byte[] result = new byte[outTime * channels];
        for (int t = 0; t < outTime; t++) {
            for (int c = 0; c < channels; c++) {
                int m = -128;
                for (int k = 0; k < op.poolSize(); k++) {
                    m = Math.max(m, in[(t * op.poolSize() + k) * channels + c]);
                }
                result[t * channels + c] = (byte) m;
            }
        }
        return result;
    }

    private byte[] softmax(Tensor inT, byte[] in, Tensor out) {
        if (out.zeroPoint()[0] != -128 || out.scale()[0] != 1f / 256) {
            throw new IllegalStateException("TFLM's int8 softmax needs output scale 1/256 and zero point -128");
        }
        return new TflmSoftmax(inT.scale()[0], 1.0).run(in);
    }

    private static int[] ints(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int[] v = new int[data.length / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getInt();
        }
        return v;
    }
}
