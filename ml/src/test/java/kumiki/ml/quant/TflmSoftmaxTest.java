package kumiki.ml.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The int8 softmax the board runs: TFLM's fixed-point arithmetic, not a float stand-in. */
class TflmSoftmaxTest {
    private static byte[] run(double scale, int... in) {
        byte[] b = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            b[i] = (byte) in[i];
        }
        return new TflmSoftmax(scale, 1.0).run(b);
    }

    @Test
    void valuesAPersonCanWorkOut() {
        // Four equal logits: 1/4 each, 64 steps of 1/256 above the zero point −128.
        assertThat(run(0.1, 5, 5, 5, 5)).containsExactly(-64, -64, -64, -64);
        // Two equal winners, the rest far below: 1/2 each is 128 steps, so 0; the losers stay at −128.
        assertThat(run(0.5, 100, 100, -100, -100)).containsExactly(0, 0, -128, -128);
        // One clear winner saturates at 127 (1 − 1/256).
        assertThat(run(1.0, 127, -128, -128)).containsExactly(127, -128, -128);
    }

    /** Rows run through TFLite's own reference kernel on gemmlowp (see the file's header), bit for bit. */
    @Test
    void matchesTfliteReferenceKernelToTheBit() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/softmax/tflm_reference.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int rows = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] halves = line.split("\\|");
            String[] in = halves[0].trim().split(" ");
            String[] expected = halves[1].trim().split(" ");
            int n = Integer.parseInt(in[1]);
            byte[] input = new byte[n];
            for (int i = 0; i < n; i++) {
                input[i] = (byte) Integer.parseInt(in[2 + i]);
            }
            byte[] out = new TflmSoftmax(Float.parseFloat(in[0]), 1.0).run(input);
            for (int i = 0; i < n; i++) {
                assertThat(out[i]).as("row %s", line).isEqualTo((byte) Integer.parseInt(expected[i]));
            }
            rows++;
        }
        assertThat(rows).isEqualTo(300);
    }

    /** And it is a softmax: within one step of the float result everywhere. */
    @Test
    void staysWithinOneStepOfTheFloatSoftmax() {
        Random r = new Random(11);
        for (int t = 0; t < 5000; t++) {
            int n = 2 + r.nextInt(8);
            double scale = 0.005 + r.nextDouble() * 0.5;
            byte[] in = new byte[n];
            r.nextBytes(in);
            byte[] out = new TflmSoftmax((float) scale, 1.0).run(in);
            double max = -1e9;
            for (byte b : in) {
                max = Math.max(max, (float) scale * b);
            }
            double sum = 0;
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = Math.exp((float) scale * in[i] - max);
                sum += e[i];
            }
            for (int i = 0; i < n; i++) {
                long expected = Math.max(-128, Math.min(127, Math.round(e[i] / sum * 256) - 128));
                assertThat(Math.abs(out[i] - expected)).as("scale %s input %s", scale, java.util.Arrays.toString(in))
                        .isLessThanOrEqualTo(1);
            }
        }
    }
}
