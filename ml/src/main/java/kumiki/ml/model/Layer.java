package kumiki.ml.model;

/**
 * The layers Kumiki's small models are made of. Convolutions run along time
 * only (the input is [time][channel]); they become TFLite CONV_2D / DEPTHWISE_CONV_2D
 * over a height of 1, which is what TFLM runs on the device.
 */
public sealed interface Layer {
    /** out = relu?(in · w + b); w is [in][out]. */
    record Dense(float[][] weights, float[] bias, boolean relu) implements Layer {
    }

    /** Valid (unpadded) convolution along time, stride 1; w is [kernel][inChannels][outChannels]. */
    record Conv(float[][][] weights, float[] bias, boolean relu) implements Layer {
        public int kernel() {
            return weights.length;
        }

        public int outChannels() {
            return bias.length;
        }
    }

    /** Max over non-overlapping windows of {@code size} steps along time. */
    record MaxPool(int size) implements Layer {
    }
}
