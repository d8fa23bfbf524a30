package kumiki.ml.quant;

import java.util.List;

/**
 * A full-integer model laid out as TFLite lays it out: tensors (constant ones
 * carry their bytes) and operators in execution order. The writer turns it into
 * a .tflite file; the interpreter runs it.
 */
public record QuantizedModel(List<Tensor> tensors, List<Op> ops, int input, int output, List<String> labels) {

    public static final byte INT32 = 2;
    public static final byte INT8 = 9;

    /**
     * @param data little-endian contents for constants (weights, biases, shapes), or null for activations
     * @param quantizedDimension the axis that {@code scale} runs along when there is more than one scale
     */
    public record Tensor(String name, int[] shape, byte type, float[] scale, long[] zeroPoint, int quantizedDimension,
                         byte[] data) {
        public int size() {
            int n = 1;
            for (int d : shape) {
                n *= d;
            }
            return n;
        }

        public int bytes() {
            return size() * (type == INT32 ? 4 : 1);
        }
    }

    public enum Kind {
        FULLY_CONNECTED(9, 4), CONV_2D(3, 3), MAX_POOL_2D(17, 2), RESHAPE(22, 1), SOFTMAX(25, 2);

        /** TFLite's BuiltinOperator code. */
        public final int builtinCode;
        /** The operator version TFLite expects for int8 tensors. */
        public final int int8Version;

        Kind(int builtinCode, int int8Version) {
            this.builtinCode = builtinCode;
            this.int8Version = int8Version;
        }
    }

    /** @param poolSize for MAX_POOL_2D: window and stride along width */
    public record Op(Kind kind, int[] inputs, int[] outputs, boolean relu, int poolSize) {
    }

    public Tensor inputTensor() {
        return tensors.get(input);
    }

    public Tensor outputTensor() {
        return tensors.get(output);
    }
}
