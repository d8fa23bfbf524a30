package kumiki.ml.quant;

import com.google.flatbuffers.FlatBufferBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kumiki.ml.quant.QuantizedModel.Kind;
import kumiki.ml.quant.QuantizedModel.Op;
import kumiki.ml.quant.QuantizedModel.Tensor;

/**
 * Writes a {@link QuantizedModel} as a TFLite flatbuffer (schema version 3,
 * file identifier "TFL3"), field by field after {@code tensorflow/lite/schema/schema.fbs}.
 * Buffer 0 is the empty sentinel; every constant tensor gets its own buffer.
 */
public final class TfliteWriter {
    // Field slots, in schema.fbs order. A union takes two slots: its type, then its value.
    private static final int MODEL_VERSION = 0, MODEL_OPERATOR_CODES = 1, MODEL_SUBGRAPHS = 2,
            MODEL_DESCRIPTION = 3, MODEL_BUFFERS = 4;
    private static final int OPCODE_DEPRECATED_BUILTIN = 0, OPCODE_VERSION = 2, OPCODE_BUILTIN = 3;
    private static final int SUBGRAPH_TENSORS = 0, SUBGRAPH_INPUTS = 1, SUBGRAPH_OUTPUTS = 2,
            SUBGRAPH_OPERATORS = 3, SUBGRAPH_NAME = 4;
    private static final int TENSOR_SHAPE = 0, TENSOR_TYPE = 1, TENSOR_BUFFER = 2, TENSOR_NAME = 3,
            TENSOR_QUANTIZATION = 4;
    private static final int QUANT_SCALE = 2, QUANT_ZERO_POINT = 3, QUANT_DIMENSION = 6;
    private static final int OP_OPCODE_INDEX = 0, OP_INPUTS = 1, OP_OUTPUTS = 2, OP_OPTIONS_TYPE = 3, OP_OPTIONS = 4;
    private static final int BUFFER_DATA = 0;
    // BuiltinOptions union members.
    private static final byte OPTIONS_CONV_2D = 1, OPTIONS_POOL_2D = 5, OPTIONS_FULLY_CONNECTED = 8,
            OPTIONS_SOFTMAX = 9, OPTIONS_RESHAPE = 17;
    private static final byte PADDING_VALID = 1, ACTIVATION_RELU = 1;
    public static final int SCHEMA_VERSION = 3;

    private TfliteWriter() {
    }

    public static byte[] write(QuantizedModel model, String description) {
        FlatBufferBuilder b = new FlatBufferBuilder(8192);

        // Buffers: 0 is empty; constants follow in tensor order.
        List<Integer> buffers = new ArrayList<>();
        buffers.add(table(b, 1, () -> { }));
        int[] bufferOf = new int[model.tensors().size()];
        for (int i = 0; i < model.tensors().size(); i++) {
            Tensor t = model.tensors().get(i);
            if (t.data() != null) {
                int data = alignedBytes(b, t.data());
                buffers.add(table(b, 1, () -> b.addOffset(BUFFER_DATA, data, 0)));
                bufferOf[i] = buffers.size() - 1;
            }
        }

        int[] tensors = new int[model.tensors().size()];
        for (int i = 0; i < tensors.length; i++) {
            Tensor t = model.tensors().get(i);
            int shape = intVector(b, t.shape());
            int name = b.createString(t.name());
            int quant = 0;
            if (t.scale() != null) {
                b.startVector(4, t.scale().length, 4);
                for (int s = t.scale().length - 1; s >= 0; s--) {
                    b.addFloat(t.scale()[s]);
                }
                int scales = b.endVector();
                b.startVector(8, t.zeroPoint().length, 8);
                for (int s = t.zeroPoint().length - 1; s >= 0; s--) {
                    b.addLong(t.zeroPoint()[s]);
                }
                int zeros = b.endVector();
                quant = table(b, 7, () -> {
                    b.addOffset(QUANT_SCALE, scales, 0);
                    b.addOffset(QUANT_ZERO_POINT, zeros, 0);
                    b.addInt(QUANT_DIMENSION, t.quantizedDimension(), 0);
                });
            }
            int q = quant;
            int buffer = bufferOf[i];
            tensors[i] = table(b, 10, () -> {
                b.addOffset(TENSOR_SHAPE, shape, 0);
                b.addByte(TENSOR_TYPE, t.type(), 0);
                b.addInt(TENSOR_BUFFER, buffer, 0);
                b.addOffset(TENSOR_NAME, name, 0);
                if (q != 0) {
                    b.addOffset(TENSOR_QUANTIZATION, q, 0);
                }
            });
        }

        Map<Kind, Integer> opcodeIndex = new LinkedHashMap<>();
        for (Op op : model.ops()) {
            opcodeIndex.putIfAbsent(op.kind(), opcodeIndex.size());
        }
        int[] operators = new int[model.ops().size()];
        for (int i = 0; i < operators.length; i++) {
            Op op = model.ops().get(i);
            int inputs = intVector(b, op.inputs());
            int outputs = intVector(b, op.outputs());
            byte optionsType;
            int options;
            switch (op.kind()) {
                case FULLY_CONNECTED -> {
                    optionsType = OPTIONS_FULLY_CONNECTED;
                    options = table(b, 5, () -> b.addByte(0, op.relu() ? ACTIVATION_RELU : 0, 0));
                }
                case CONV_2D -> {
                    optionsType = OPTIONS_CONV_2D;
                    options = table(b, 7, () -> {
                        b.addByte(0, PADDING_VALID, 0);
                        b.addInt(1, 1, 0); // stride_w
                        b.addInt(2, 1, 0); // stride_h
                        b.addByte(3, op.relu() ? ACTIVATION_RELU : 0, 0);
                        b.addInt(4, 1, 1); // dilation_w_factor
                        b.addInt(5, 1, 1); // dilation_h_factor
                    });
                }
                case MAX_POOL_2D -> {
                    optionsType = OPTIONS_POOL_2D;
                    options = table(b, 6, () -> {
                        b.addByte(0, PADDING_VALID, 0);
                        b.addInt(1, op.poolSize(), 0); // stride_w
                        b.addInt(2, 1, 0); // stride_h
                        b.addInt(3, op.poolSize(), 0); // filter_width
                        b.addInt(4, 1, 0); // filter_height
                    });
                }
                case RESHAPE -> {
                    optionsType = OPTIONS_RESHAPE;
                    int newShape = intVector(b, model.tensors().get(op.outputs()[0]).shape());
                    options = table(b, 1, () -> b.addOffset(0, newShape, 0));
                }
                case SOFTMAX -> {
                    optionsType = OPTIONS_SOFTMAX;
                    options = table(b, 1, () -> b.addFloat(0, 1f, 0f)); // beta
                }
                default -> throw new IllegalStateException(op.kind().name());
            }
            int index = opcodeIndex.get(op.kind());
            byte type = optionsType;
            int opts = options;
            operators[i] = table(b, 5, () -> {
                b.addInt(OP_OPCODE_INDEX, index, 0);
                b.addOffset(OP_INPUTS, inputs, 0);
                b.addOffset(OP_OUTPUTS, outputs, 0);
                b.addByte(OP_OPTIONS_TYPE, type, 0);
                b.addOffset(OP_OPTIONS, opts, 0);
            });
        }

        int tensorVector = offsetVector(b, tensors);
        int subgraphInputs = intVector(b, new int[] {model.input()});
        int subgraphOutputs = intVector(b, new int[] {model.output()});
        int operatorVector = offsetVector(b, operators);
        int subgraphName = b.createString("main");
        int subgraph = table(b, 5, () -> {
            b.addOffset(SUBGRAPH_TENSORS, tensorVector, 0);
            b.addOffset(SUBGRAPH_INPUTS, subgraphInputs, 0);
            b.addOffset(SUBGRAPH_OUTPUTS, subgraphOutputs, 0);
            b.addOffset(SUBGRAPH_OPERATORS, operatorVector, 0);
            b.addOffset(SUBGRAPH_NAME, subgraphName, 0);
        });

        int[] codes = new int[opcodeIndex.size()];
        int c = 0;
        for (Kind kind : opcodeIndex.keySet()) {
            codes[c++] = table(b, 4, () -> {
                // Both fields: older readers use the byte, newer ones the int.
                b.addByte(OPCODE_DEPRECATED_BUILTIN, (byte) kind.builtinCode, 0);
                b.addInt(OPCODE_VERSION, kind.int8Version, 1);
                b.addInt(OPCODE_BUILTIN, kind.builtinCode, 0);
            });
        }
        int codeVector = offsetVector(b, codes);
        int subgraphVector = offsetVector(b, new int[] {subgraph});
        int bufferVector = offsetVector(b, buffers.stream().mapToInt(Integer::intValue).toArray());
        int descriptionString = b.createString(description);
        int root = table(b, 8, () -> {
            b.addInt(MODEL_VERSION, SCHEMA_VERSION, 0);
            b.addOffset(MODEL_OPERATOR_CODES, codeVector, 0);
            b.addOffset(MODEL_SUBGRAPHS, subgraphVector, 0);
            b.addOffset(MODEL_DESCRIPTION, descriptionString, 0);
            b.addOffset(MODEL_BUFFERS, bufferVector, 0);
        });
        b.finish(root, "TFL3");
        return b.sizedByteArray();
    }

    private static int table(FlatBufferBuilder b, int slots, Runnable fields) {
        b.startTable(slots);
        fields.run();
        return b.endTable();
    }

    private static int intVector(FlatBufferBuilder b, int[] values) {
        b.startVector(4, values.length, 4);
        for (int i = values.length - 1; i >= 0; i--) {
            b.addInt(values[i]);
        }
        return b.endVector();
    }

    private static int offsetVector(FlatBufferBuilder b, int[] offsets) {
        b.startVector(4, offsets.length, 4);
        for (int i = offsets.length - 1; i >= 0; i--) {
            b.addOffset(offsets[i]);
        }
        return b.endVector();
    }

    /** Buffer data is 16-byte aligned in the schema, so kernels may read it in wide words. */
    private static int alignedBytes(FlatBufferBuilder b, byte[] data) {
        b.startVector(1, data.length, 16);
        for (int i = data.length - 1; i >= 0; i--) {
            b.addByte(data[i]);
        }
        return b.endVector();
    }
}
