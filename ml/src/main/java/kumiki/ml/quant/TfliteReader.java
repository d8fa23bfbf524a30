package kumiki.ml.quant;

import com.google.flatbuffers.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import kumiki.ml.quant.QuantizedModel.Kind;
import kumiki.ml.quant.QuantizedModel.Op;
import kumiki.ml.quant.QuantizedModel.Tensor;

/**
 * Reads the .tflite files Kumiki writes back into a {@link QuantizedModel}, so
 * {@code predict}, {@code features} and the report run the file on disk, not a
 * copy kept elsewhere. It accepts the operators Kumiki uses and refuses others
 * with a clear message.
 */
public final class TfliteReader {
    /** Far above any model that fits the Wio Terminal; bounds what a patched file can make us allocate. */
    static final int MAX_ELEMENTS = 1 << 22;
    static final int MAX_RANK = 5;
    static final int MAX_TENSORS = 1000;

    private TfliteReader() {
    }

    /**
     * The file is not a model Kumiki can run; {@code key} (a message in the ml bundle) says why.
     * Thrown for every damage, so no index or buffer error ever reaches the user.
     */
    public static final class Damaged extends IllegalArgumentException {
        private final String key;
        private final transient Object[] args;

        Damaged(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args.clone();
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** A flatbuffer table, read by field slot (the order in schema.fbs). */
    private static final class Node extends Table {
        Node(ByteBuffer bb, int pos) {
            this.bb = bb;
            this.bb_pos = pos;
        }

        /** The field's offset inside the table, from the table's vtable; 0 when the field is absent. */
        private int field(int slot) {
            int vtable = bb_pos - bb.getInt(bb_pos);
            int vtableSize = bb.getShort(vtable) & 0xffff;
            int entry = 4 + 2 * slot;
            return entry < vtableSize ? bb.getShort(vtable + entry) & 0xffff : 0;
        }

        int getInt(int slot, int def) {
            int o = field(slot);
            return o != 0 ? bb.getInt(bb_pos + o) : def;
        }

        byte getByte(int slot, byte def) {
            int o = field(slot);
            return o != 0 ? bb.get(bb_pos + o) : def;
        }

        Node table(int slot) {
            int o = field(slot);
            return o != 0 ? new Node(bb, __indirect(bb_pos + o)) : null;
        }

        int length(int slot) {
            int o = field(slot);
            int n = o != 0 ? __vector_len(o) : 0;
            if (n < 0 || n > bb.capacity()) {
                // A vector cannot hold more entries than the file has bytes.
                throw new Damaged("tflite.damaged");
            }
            return n;
        }

        Node tableAt(int slot, int i) {
            return new Node(bb, __indirect(__vector(field(slot)) + i * 4));
        }

        int intAt(int slot, int i) {
            return bb.getInt(__vector(field(slot)) + i * 4);
        }

        float floatAt(int slot, int i) {
            return bb.getFloat(__vector(field(slot)) + i * 4);
        }

        long longAt(int slot, int i) {
            return bb.getLong(__vector(field(slot)) + i * 8);
        }

        byte[] bytes(int slot) {
            int n = length(slot);
            byte[] out = new byte[n];
            int start = n == 0 ? 0 : __vector(field(slot));
            for (int i = 0; i < n; i++) {
                out[i] = bb.get(start + i);
            }
            return out;
        }

        String string(int slot) {
            int o = field(slot);
            return o != 0 ? __string(bb_pos + o) : "";
        }
    }

    /**
     * Reads a model and checks that it holds together: every index in range, every shape positive
     * and bounded, constants as long as their shapes say, scales finite, one output per label.
     */
    public static QuantizedModel read(byte[] file, List<String> labels) {
        if (file.length < 8 || !"TFL3".equals(new String(file, 4, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new Damaged("tflite.notTflite");
        }
        QuantizedModel model;
        try {
            model = parse(ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN), labels);
        } catch (Damaged e) {
            throw e;
        } catch (RuntimeException e) {
            // Offsets that point outside the file: the file was cut short or patched.
            throw new Damaged("tflite.damaged");
        }
        check(model);
        return model;
    }

    private static void check(QuantizedModel m) {
        int n = m.tensors().size();
        if (n == 0 || n > MAX_TENSORS || m.ops().isEmpty() || m.ops().size() > MAX_TENSORS
                || m.input() < 0 || m.input() >= n || m.output() < 0 || m.output() >= n) {
            throw new Damaged("tflite.damaged");
        }
        for (Tensor t : m.tensors()) {
            if (t.shape().length == 0 || t.shape().length > MAX_RANK) {
                throw new Damaged("tflite.badShape", t.name());
            }
            long elements = 1;
            for (int d : t.shape()) {
                if (d < 1 || d > MAX_ELEMENTS) {
                    throw new Damaged("tflite.badShape", t.name());
                }
                elements *= d;
                if (elements > MAX_ELEMENTS) {
                    throw new Damaged("tflite.badShape", t.name());
                }
            }
            if (t.type() != QuantizedModel.INT8 && t.type() != QuantizedModel.INT32) {
                throw new Damaged("tflite.damaged");
            }
            if (t.data() != null && t.data().length != t.bytes()) {
                throw new Damaged("tflite.badShape", t.name());
            }
            if (t.scale() != null) {
                if (t.zeroPoint().length != t.scale().length) {
                    throw new Damaged("tflite.badQuantization", t.name());
                }
                for (float s : t.scale()) {
                    if (!(s > 0) || !Float.isFinite(s)) {
                        throw new Damaged("tflite.badQuantization", t.name());
                    }
                }
            } else if (t.type() == QuantizedModel.INT8) {
                throw new Damaged("tflite.badQuantization", t.name());
            }
        }
        for (Op op : m.ops()) {
            if (op.inputs().length == 0 || op.outputs().length != 1 || op.poolSize() < 0) {
                throw new Damaged("tflite.damaged");
            }
            for (int i : op.inputs()) {
                if (i < 0 || i >= n) {
                    throw new Damaged("tflite.damaged");
                }
            }
            if (op.outputs()[0] < 0 || op.outputs()[0] >= n) {
                throw new Damaged("tflite.damaged");
            }
        }
        if (m.labels().size() < 2 || m.outputTensor().size() != m.labels().size()) {
            throw new Damaged("tflite.labelCount", m.outputTensor().size(), m.labels().size());
        }
    }

    private static QuantizedModel parse(ByteBuffer bb, List<String> labels) {
        Node model = new Node(bb, bb.getInt(0));
        if (model.getInt(0, 0) != TfliteWriter.SCHEMA_VERSION) {
            throw new Damaged("tflite.schema", model.getInt(0, 0));
        }
        List<byte[]> buffers = new ArrayList<>();
        for (int i = 0; i < model.length(4); i++) {
            buffers.add(model.tableAt(4, i).bytes(0));
        }
        List<Kind> codes = new ArrayList<>();
        for (int i = 0; i < model.length(1); i++) {
            Node code = model.tableAt(1, i);
            int builtin = Math.max(code.getInt(3, 0), code.getByte(0, (byte) 0));
            Kind kind = null;
            for (Kind k : Kind.values()) {
                if (k.builtinCode == builtin) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw new Damaged("tflite.unknownOperator", builtin);
            }
            codes.add(kind);
        }
        if (model.length(2) < 1) {
            throw new Damaged("tflite.damaged");
        }
        Node subgraph = model.tableAt(2, 0);
        if (subgraph.length(1) < 1 || subgraph.length(2) < 1) {
            throw new Damaged("tflite.damaged");
        }
        List<Tensor> tensors = new ArrayList<>();
        for (int i = 0; i < subgraph.length(0); i++) {
            Node t = subgraph.tableAt(0, i);
            int[] shape = new int[t.length(0)];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = t.intAt(0, d);
            }
            Node q = t.table(4);
            float[] scale = null;
            long[] zeroPoint = null;
            int dimension = 0;
            if (q != null && q.length(2) > 0) {
                scale = new float[q.length(2)];
                zeroPoint = new long[q.length(3)];
                for (int s = 0; s < scale.length; s++) {
                    scale[s] = q.floatAt(2, s);
                }
                for (int s = 0; s < zeroPoint.length; s++) {
                    zeroPoint[s] = q.longAt(3, s);
                }
                dimension = q.getInt(6, 0);
            }
            int buffer = t.getInt(2, 0);
            if (buffer < 0 || buffer >= Math.max(1, buffers.size())) {
                throw new Damaged("tflite.damaged");
            }
            byte[] data = buffer > 0 && buffers.get(buffer).length > 0 ? buffers.get(buffer) : null;
            tensors.add(new Tensor(t.string(3), shape, t.getByte(1, (byte) 0), scale, zeroPoint, dimension, data));
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < subgraph.length(3); i++) {
            Node op = subgraph.tableAt(3, i);
            int code = op.getInt(0, 0);
            if (code < 0 || code >= codes.size()) {
                throw new Damaged("tflite.damaged");
            }
            Kind kind = codes.get(code);
            int[] inputs = new int[op.length(1)];
            for (int k = 0; k < inputs.length; k++) {
                inputs[k] = op.intAt(1, k);
            }
            int[] outputs = new int[op.length(2)];
            for (int k = 0; k < outputs.length; k++) {
                outputs[k] = op.intAt(2, k);
            }
            Node options = op.table(4);
            boolean relu = false;
            int pool = 0;
            if (options != null) {
                switch (kind) {
                    case FULLY_CONNECTED -> relu = options.getByte(0, (byte) 0) == 1;
                    case CONV_2D -> relu = options.getByte(3, (byte) 0) == 1;
                    case MAX_POOL_2D -> pool = options.getInt(3, 1);
                    default -> { }
                }
            }
            ops.add(new Op(kind, inputs, outputs, relu, pool));
        }
        return new QuantizedModel(tensors, ops, subgraph.intAt(1, 0), subgraph.intAt(2, 0), labels);
    }
}
