package kumiki.codegen.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kumiki.codegen.HostRunner;
import kumiki.codegen.TeachModels;
import kumiki.ml.ModelPackage;
import kumiki.ml.dataset.Sample;
import kumiki.ml.quant.Int8Interpreter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The host runner's C int8 reference (src/test/host/tflm/int8_reference.c), which stands in for TFLM
 * when generated Teach sketches run on this computer, computes what Kumiki's Java interpreter computes,
 * output for output, on every model the Teach tests export: a dense motion model, a convolutional
 * motion model and a convolutional light model, over every example each was trained and tested on.
 */
class Int8ReferenceTest {
    static Stream<String> models() {
        return Stream.of("motion-robust", "motion-raw", "signal-raw");
    }

    static TeachModels.Trained trained(String pipeline) {
        return pipeline.equals("signal-raw") ? TeachModels.light() : TeachModels.motion(pipeline);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theCReferenceGivesTheJavaInterpretersOutputsBitForBit(String pipeline, @TempDir Path dir) throws Exception {
        TeachModels.Trained t = trained(pipeline);
        ModelPackage model = t.result().model();
        assertThat(model.pipeline().name()).isEqualTo(pipeline);
        Path tflite = dir.resolve("model.tflite");
        Files.write(tflite, t.result().tflite());

        List<Sample> samples = new ArrayList<>(t.result().split().train());
        samples.addAll(t.result().split().test());
        StringBuilder inputs = new StringBuilder();
        List<String> expected = new ArrayList<>();
        Int8Interpreter java = new Int8Interpreter(model.quantized());
        for (Sample s : samples) {
            byte[] in = model.features(s);
            inputs.append(join(in)).append('\n');
            expected.add(join(java.run(in)));
        }
        assertThat(expected).hasSizeGreaterThan(40);
        // Not every example gives the same answer: the comparison covers more than one output pattern.
        assertThat(expected.stream().distinct().count()).isGreaterThan(3);

        Path binary = dir.resolve("reference");
        Path host = HostRunner.hostDir().resolve("tflm").toAbsolutePath();
        run(List.of("gcc", "-std=c99", "-m32", "-msse2", "-mfpmath=sse", "-O1", "-o", binary.toString(),
                host.resolve("reference_main.c").toString(), host.resolve("int8_reference.c").toString(), "-lm"), null, dir);
        String out = run(List.of(binary.toString(), tflite.toString()), inputs.toString(), dir);
        assertThat(List.of(out.split("\n"))).containsExactlyElementsOf(expected);
    }

    private static String join(byte[] v) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ",").append(v[i]);
        }
        return s.toString();
    }

    private static String run(List<String> cmd, String stdin, Path dir) throws Exception {
        Path in = dir.resolve("stdin.txt");
        Files.writeString(in, stdin == null ? "" : stdin, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(cmd).redirectInput(in.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s:\n%s", cmd.get(0), out).isZero();
        return out;
    }
}
