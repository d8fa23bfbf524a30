package kumiki.ml.quant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kumiki.ml.quant.QuantizedModel.Op;
import kumiki.ml.quant.QuantizedModel.Tensor;

/**
 * What a model costs on the Wio Terminal (SAMD51, Cortex-M4F at 120 MHz, 192 KB
 * RAM, 512 KB flash).
 *
 * <p>The tensor arena is planned the way TFLM's greedy planner does it: every
 * activation lives from the op that writes it to the last op that reads it, and
 * each convolution's CMSIS-NN scratch buffer during its op; the largest are
 * placed first, each at the lowest 16-byte-aligned offset that does not overlap
 * a buffer alive at the same time. To that we add the arena's tail, what the
 * interpreter keeps for its life, part by part. Flash and latency
 * are estimates too, from the model size, a per-kernel code size, and the
 * multiply-accumulates at a cycle cost typical of TFLM's reference int8 kernels.
 */
public record ModelReport(int arenaBytes, int activationBytes, int interpreterBytes, int modelBytes, int flashBytes,
                          long macs, double latencyMs, List<String> operators, boolean fitsRam, boolean fitsFlash) {
    public static final int RAM_BYTES = 192 * 1024;
    public static final int FLASH_BYTES = 512 * 1024;
    /** Left for the sketch itself: the screen driver, Serial, the stack. */
    public static final int RAM_RESERVED = 48 * 1024;
    /** TFLM's interpreter, allocator and error reporting, compiled for Cortex-M4 (estimate). */
    static final int RUNTIME_FLASH = 40 * 1024;
    static final double CYCLES_PER_MAC = 6;
    static final int CYCLES_PER_OP = 2_000;
    static final double CLOCK_HZ = 120e6;

    public static ModelReport of(QuantizedModel model, int tfliteBytes) {
        List<Tensor> tensors = model.tensors();
        int[] first = new int[tensors.size()];
        int[] last = new int[tensors.size()];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        java.util.Arrays.fill(last, -1);
        first[model.input()] = 0;
        for (int i = 0; i < model.ops().size(); i++) {
            Op op = model.ops().get(i);
            for (int t : op.inputs()) {
                last[t] = Math.max(last[t], i);
            }
            for (int t : op.outputs()) {
                first[t] = Math.min(first[t], i);
                last[t] = Math.max(last[t], i);
            }
        }
        last[model.output()] = model.ops().size();
        // What the arena's head holds: the activations, each alive from the op that writes it to the last
        // op that reads it, and CMSIS-NN's scratch buffer for each convolution, alive during its op only.
        List<int[]> buffers = new ArrayList<>(); // {size, first op, last op, order}
        for (int t = 0; t < tensors.size(); t++) {
            if (tensors.get(t).data() == null && last[t] >= 0) {
                buffers.add(new int[] {align(tensors.get(t).bytes()), first[t], last[t], t});
            }
        }
        for (int i = 0; i < model.ops().size(); i++) {
            int scratch = scratchBytes(model, model.ops().get(i));
            if (scratch > 0) {
                buffers.add(new int[] {align(scratch), i, i, tensors.size() + i});
            }
        }
        // TFLM's greedy planner: largest first, each at the lowest 16-byte-aligned offset free for its lifetime.
        buffers.sort(Comparator.comparingInt((int[] b) -> -b[0]).thenComparingInt(b -> b[3]));
        List<int[]> placed = new ArrayList<>(); // {offset, size, first, last}
        int arena = 0;
        for (int[] b : buffers) {
            int size = b[0];
            int offset = 0;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int[] p : placed) {
                    boolean together = b[1] <= p[3] && p[2] <= b[2];
                    if (together && offset < p[0] + p[1] && p[0] < offset + size) {
                        offset = align(p[0] + p[1]);
                        moved = true;
                    }
                }
            }
            placed.add(new int[] {offset, size, b[1], b[2]});
            arena = Math.max(arena, offset + size);
        }

        // The arena's tail: what TFLM 2023 (tflm_cortexm 1.0.0) keeps for the interpreter's life, on a
        // 32-bit target. Each part is named after what allocates it; the sizes are those of its structs.
        // Checked against arena_used_bytes() of the real library built for 32 bits (docs/teach.md).
        int overhead = TAIL_FIXED + EVAL_TENSOR * tensors.size() + NODE_AND_REGISTRATION * model.ops().size()
                + IO_TENSORS;
        long macs = 0;
        List<String> operators = new ArrayList<>();
        for (Op op : model.ops()) {
            operators.add(op.kind().name());
            Tensor out = tensors.get(op.outputs()[0]);
            switch (op.kind()) {
                case FULLY_CONNECTED -> {
                    Tensor w = tensors.get(op.inputs()[1]);
                    macs += (long) w.shape()[0] * w.shape()[1];
                    overhead += FC_OP_DATA + FC_PARAMS;
                }
                case CONV_2D -> {
                    Tensor w = tensors.get(op.inputs()[1]);
                    macs += (long) out.shape()[2] * w.shape()[0] * w.shape()[2] * w.shape()[3];
                    // Per-channel output multipliers and shifts: one int32 each per output channel.
                    overhead += CONV_OP_DATA + CONV_PARAMS + 2 * align(4 * w.shape()[0]);
                }
                case MAX_POOL_2D -> overhead += POOL_OP_DATA + POOL_PARAMS;
                case RESHAPE -> overhead += RESHAPE_PARAMS;
                case SOFTMAX -> overhead += SOFTMAX_OP_DATA + SOFTMAX_PARAMS;
            }
        }
        int kernelFlash = operators.stream().distinct().mapToInt(ModelReport::kernelFlash).sum();
        int flash = tfliteBytes + RUNTIME_FLASH + kernelFlash;
        double latency = (macs * CYCLES_PER_MAC + (double) CYCLES_PER_OP * model.ops().size()) / CLOCK_HZ * 1000;
        int total = arena + overhead;
        return new ModelReport(total, arena, overhead, tfliteBytes, flash, macs, latency, operators,
                total <= RAM_BYTES - RAM_RESERVED, flash <= FLASH_BYTES);
    }

    // The arena's tail in TFLM 2023 on a 32-bit target, in bytes; persistent buffers are 16-byte aligned.
    /** TfLiteEvalTensor, one per tensor of the model. */
    static final int EVAL_TENSOR = 12;
    /** TfLiteNode and its registration, one per op. */
    static final int NODE_AND_REGISTRATION = 32;
    /** The input and the output as full TfLiteTensors with their quantization (2 x 60), and their pointer arrays (2 x 16). */
    static final int IO_TENSORS = 152;
    /** OpData of CMSIS-NN's kernels (OpDataFullyConnected + 24, OpDataConv + 4, OpDataPooling + 4), aligned. */
    static final int FC_OP_DATA = 64;
    static final int CONV_OP_DATA = 64;
    static final int POOL_OP_DATA = 48;
    /** The builtin options each op's parameters are parsed into (TfLiteFullyConnectedParams and so on). */
    static final int FC_PARAMS = 12;
    static final int CONV_PARAMS = 24;
    static final int POOL_PARAMS = 48;
    static final int RESHAPE_PARAMS = 36;
    static final int SOFTMAX_PARAMS = 4;
    /**
     * The allocator, planner and subgraph records, with softmax's OpData: the one figure measured rather
     * than read off the structs (the dense gesture model's tail, 828 bytes, less the parts above).
     */
    static final int TAIL_FIXED = 120;
    static final int SOFTMAX_OP_DATA = 64;

    /**
     * CMSIS-NN's scratch buffer for a convolution on the Cortex-M4 (no MVE): two im2col columns of
     * int16, {@code 2 * input channels * filter width * filter height * 2} bytes
     * (arm_convolve_s8_get_buffer_size, which the 1xN and general paths share).
     */
    static int scratchBytes(QuantizedModel model, Op op) {
        if (op.kind() != QuantizedModel.Kind.CONV_2D) {
            return 0;
        }
        int[] w = model.tensors().get(op.inputs()[1]).shape(); // [out channels, height, width, in channels]
        return 2 * w[3] * w[2] * w[1] * 2;
    }

    /** Compiled size of one reference kernel for Cortex-M4 (estimate). */
    static int kernelFlash(String op) {
        return switch (op) {
            case "CONV_2D" -> 6 * 1024;
            case "FULLY_CONNECTED" -> 3 * 1024;
            case "SOFTMAX" -> 2 * 1024;
            case "MAX_POOL_2D" -> 1536;
            default -> 512;
        };
    }

    static int align(int bytes) {
        return (bytes + 15) & ~15;
    }
}
