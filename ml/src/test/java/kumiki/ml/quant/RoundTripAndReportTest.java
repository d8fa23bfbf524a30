package kumiki.ml.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kumiki.ml.model.FloatModel;
import kumiki.ml.model.Layer;
import org.junit.jupiter.api.Test;

/** Our own reader gets back what the writer wrote; the report adds up as planned. */
class RoundTripAndReportTest {
    static float[][] random(Random r, int a, int b) {
        float[][] w = new float[a][b];
        for (float[] row : w) {
            for (int i = 0; i < b; i++) {
                row[i] = (float) r.nextGaussian() * 0.3f;
            }
        }
        return w;
    }

    static FloatModel convModel() {
        Random r = new Random(1);
        float[][][] c1 = new float[5][3][8];
        for (float[][] k : c1) {
            for (float[] row : k) {
                for (int o = 0; o < 8; o++) {
                    row[o] = (float) r.nextGaussian() * 0.3f;
                }
            }
        }
        List<Layer> layers = List.of(new Layer.Conv(c1, new float[8], true), new Layer.MaxPool(2),
                new Layer.Dense(random(r, 23 * 8, 4), new float[] {0.1f, -0.1f, 0, 0.2f}, false));
        float[] ones = new float[150];
        java.util.Arrays.fill(ones, 1f);
        return new FloatModel(new int[] {50, 3}, new float[150], ones, layers, List.of("a", "b", "c", "d"));
    }

    @Test
    void writtenFilesReadBackToTheSameModel() {
        FloatModel m = convModel();
        Random r = new Random(2);
        List<float[]> calibration = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            float[] x = new float[150];
            for (int j = 0; j < x.length; j++) {
                x[j] = (float) r.nextGaussian();
            }
            calibration.add(x);
        }
        QuantizedModel q = Quantizer.quantize(m, calibration);
        byte[] file = TfliteWriter.write(q, "round trip");
        QuantizedModel back = TfliteReader.read(file, m.labels());
        assertThat(back.tensors()).hasSameSizeAs(q.tensors());
        for (int i = 0; i < q.tensors().size(); i++) {
            var a = q.tensors().get(i);
            var b = back.tensors().get(i);
            assertThat(b.shape()).isEqualTo(a.shape());
            assertThat(b.type()).isEqualTo(a.type());
            assertThat(b.scale()).isEqualTo(a.scale());
            assertThat(b.zeroPoint()).isEqualTo(a.zeroPoint());
            assertThat(b.data()).isEqualTo(a.data());
        }
        assertThat(back.ops()).extracting(QuantizedModel.Op::kind).containsExactly(
                QuantizedModel.Kind.CONV_2D, QuantizedModel.Kind.MAX_POOL_2D, QuantizedModel.Kind.RESHAPE,
                QuantizedModel.Kind.FULLY_CONNECTED, QuantizedModel.Kind.SOFTMAX);
        Int8Interpreter one = new Int8Interpreter(q);
        Int8Interpreter two = new Int8Interpreter(back);
        for (float[] x : calibration) {
            byte[] in = Quantizer.quantizeInput(q, m.normalize(x));
            assertThat(two.run(in)).isEqualTo(one.run(in));
        }
        // Conv weights are per channel (one scale per output channel, along dimension 0); the bias follows.
        assertThat(back.tensors().get(1).scale()).hasSize(8);
        assertThat(back.tensors().get(2).scale()).hasSize(8);
        assertThat(back.outputTensor().scale()[0]).isEqualTo(1f / 256f);
        assertThat(back.outputTensor().zeroPoint()[0]).isEqualTo(-128);
    }

    @Test
    void theArenaReusesMemoryOfTensorsNoLongerNeeded() {
        FloatModel m = convModel();
        QuantizedModel q = Quantizer.quantize(m, List.of(new float[150]));
        ModelReport r = ModelReport.of(q, TfliteWriter.write(q, "x").length);
        // Alive together at most, during the conv: its output (46×8 = 368 B), its input (150 B → 160) and
        // CMSIS-NN's scratch (2 × 3 channels × 5 wide × 2 bytes = 60 → 64); later the conv output with the
        // pool output (23×8 = 184 → 192) needs less. The plan needs 368 + 160 + 64 = 592 bytes, not the
        // 1,000+ of all activations.
        assertThat(r.activationBytes()).isEqualTo(592);
        assertThat(r.macs()).isEqualTo(46L * 8 * 5 * 3 + 184L * 4);
        assertThat(r.fitsRam()).isTrue();
        assertThat(r.operators()).containsExactly("CONV_2D", "MAX_POOL_2D", "RESHAPE", "FULLY_CONNECTED", "SOFTMAX");
    }
}
