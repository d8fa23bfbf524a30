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
 * activation lives from the op that writes it to the last op that reads it;
 * the largest are placed first, each at the lowest 16-byte-aligned offset that
 * does not overlap a tensor alive at the same time. To that we add an estimate
 * of the interpreter's own bookkeeping on a 32-bit target. Flash and latency
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
        List<Integer> activations = new ArrayList<>();
        for (int t = 0; t < tensors.size(); t++) {
            if (tensors.get(t).data() == null && last[t] >= 0) {
                activations.add(t);
            }
        }
        activations.sort(Comparator.comparingInt((Integer t) -> -align(tensors.get(t).bytes())).thenComparingInt(t -> t));
        List<int[]> placed = new ArrayList<>(); // {tensor, offset, size}
        int arena = 0;
        for (int t : activations) {
            int size = align(tensors.get(t).bytes());
            int offset = 0;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int[] p : placed) {
                    boolean together = first[t] <= last[p[0]] && first[p[0]] <= last[t];
                    if (together && offset < p[1] + p[2] && p[1] < offset + size) {
                        offset = align(p[1] + p[2]);
                        moved = true;
                    }
                }
            }
            placed.add(new int[] {t, offset, size});
            arena = Math.max(arena, offset + size);
        }

        // Interpreter bookkeeping on a 32-bit target: a 12-byte TfLiteEvalTensor per tensor, node and
        // registration records per op, each kernel's OpData (per-channel multipliers for convolutions).
        int overhead = 256 + 12 * tensors.size();
        long macs = 0;
        List<String> operators = new ArrayList<>();
        for (Op op : model.ops()) {
            operators.add(op.kind().name());
            overhead += 64;
            Tensor out = tensors.get(op.outputs()[0]);
            switch (op.kind()) {
                case FULLY_CONNECTED -> {
                    Tensor w = tensors.get(op.inputs()[1]);
                    macs += (long) w.shape()[0] * w.shape()[1];
                    overhead += 40;
                }
                case CONV_2D -> {
                    Tensor w = tensors.get(op.inputs()[1]);
                    macs += (long) out.shape()[2] * w.shape()[0] * w.shape()[2] * w.shape()[3];
                    overhead += 40 + 8 * w.shape()[0];
                }
                case SOFTMAX -> overhead += 32;
                default -> { }
            }
        }
        int kernelFlash = operators.stream().distinct().mapToInt(ModelReport::kernelFlash).sum();
        int flash = tfliteBytes + RUNTIME_FLASH + kernelFlash;
        double latency = (macs * CYCLES_PER_MAC + (double) CYCLES_PER_OP * model.ops().size()) / CLOCK_HZ * 1000;
        int total = arena + overhead;
        return new ModelReport(total, arena, overhead, tfliteBytes, flash, macs, latency, operators,
                total <= RAM_BYTES - RAM_RESERVED, flash <= FLASH_BYTES);
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
