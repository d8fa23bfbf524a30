package kumiki.ml.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import kumiki.ml.dataset.Sample;
import kumiki.ml.synth.GestureGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated C, compiled with the host gcc, computes the same features as
 * Java on 20 real samples: every feature within 1e-3 of its range over them.
 */
class CFeaturesMatchJavaTest {
    @TempDir
    Path dir;

    static final String MAIN = """
            #include <stdio.h>
            void kumiki_features(const float *window, float *out);
            int main(void) {
                static float window[KUMIKI_WINDOW * KUMIKI_AXES];
                static float out[KUMIKI_FEATURES];
                int count;
                if (scanf("%d", &count) != 1) return 1;
                for (int s = 0; s < count; s++) {
                    for (int i = 0; i < KUMIKI_WINDOW * KUMIKI_AXES; i++) {
                        if (scanf("%f", &window[i]) != 1) return 2;
                    }
                    kumiki_features(window, out);
                    for (int i = 0; i < KUMIKI_FEATURES; i++) printf("%.9g ", out[i]);
                    printf("\\n");
                }
                return 0;
            }
            """;

    static List<Sample> samples(FeaturePipeline p) {
        List<Sample> out = new ArrayList<>();
        if (p.channels().equals(List.of("audio"))) {
            // Chirps, tones and noise bursts at 16 kHz, of several lengths.
            java.util.Random r = new java.util.Random(8);
            for (int i = 0; i < 20; i++) {
                float[] v = new float[12000 + 500 * i];
                double f0 = 200 + 150 * i;
                for (int t = 0; t < v.length; t++) {
                    double s = t / 16000.0;
                    v[t] = (float) (0.4 * Math.sin(2 * Math.PI * (f0 + 800 * s) * s) * Math.exp(-2 * Math.abs(s - 0.5))
                            + 0.02 * r.nextGaussian());
                }
                out.add(new Sample("sound." + i + ".wav", "sound", List.of("audio"), 16000, new float[][] {v}));
            }
        } else if (p.channels().size() == 3) {
            GestureGenerator g = GestureGenerator.standard(11);
            for (int i = 0; i < 20; i++) {
                out.add(g.sample(GestureGenerator.GESTURES.get(i % 4), i));
            }
        } else {
            java.util.Random r = new java.util.Random(5);
            for (int i = 0; i < 20; i++) {
                float[] v = new float[60];
                for (int t = 0; t < v.length; t++) {
                    v[t] = (float) (500 + 300 * Math.sin(t * 0.2 * (1 + i % 3)) + 20 * r.nextGaussian());
                }
                out.add(new Sample("light." + i + ".csv", "light", List.of("value"), 20, new float[][] {v}));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"motion-spectral", "motion-raw", "motion-robust", "signal-raw", "audio-mfe",
            // windows an expert may choose in the wizard: NAME@windowMs
            "motion-spectral@1000", "motion-raw@1500", "motion-robust@1000", "signal-raw@1000", "audio-mfe@500"})
    void generatedCMatchesJava(String name) throws Exception {
        FeaturePipeline p = name.contains("@")
                ? Pipelines.tuned(name.substring(0, name.indexOf('@')), Integer.parseInt(name.substring(name.indexOf('@') + 1)), 0)
                : Pipelines.standard(name);
        String defines = p.cSource().lines().filter(l -> l.startsWith("#define")).reduce("", (a, b) -> a + b + "\n");
        Files.writeString(dir.resolve("features.c"), p.cSource());
        Files.writeString(dir.resolve("main.c"), defines + MAIN);
        Process cc = new ProcessBuilder("gcc", "-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic",
                "features.c", "main.c", "-o", "features", "-lm").directory(dir.toFile()).redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cc.exitValue()).as("gcc said:%n%s", ccOut).isZero();

        List<Sample> samples = samples(p);
        StringBuilder input = new StringBuilder().append(samples.size()).append('\n');
        List<float[]> java = new ArrayList<>();
        for (Sample s : samples) {
            float[] w = p.window(s);
            for (float x : w) {
                input.append(String.format(Locale.ROOT, "%.9g ", x));
            }
            input.append('\n');
            java.add(p.features(w));
        }
        // Input from a file: writing it all to a pipe first would deadlock once the output pipe is full.
        Path in = dir.resolve("input.txt");
        Files.writeString(in, input);
        Process run = new ProcessBuilder(dir.resolve("features").toString()).redirectInput(in.toFile()).start();
        List<String> lines = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).hasSize(samples.size());

        int n = p.outputSize();
        float[][] c = new float[samples.size()][n];
        for (int s = 0; s < samples.size(); s++) {
            String[] parts = lines.get(s).trim().split("\\s+");
            assertThat(parts).hasSize(n);
            for (int i = 0; i < n; i++) {
                c[s][i] = Float.parseFloat(parts[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (float[] j : java) {
                min = Math.min(min, j[i]);
                max = Math.max(max, j[i]);
            }
            float tolerance = Math.max(1e-3f * (max - min), 1e-5f);
            for (int s = 0; s < samples.size(); s++) {
                assertThat(c[s][i]).as("%s feature %d of sample %s", name, i, samples.get(s).file())
                        .isCloseTo(java.get(s)[i], org.assertj.core.data.Offset.offset(tolerance));
            }
        }
    }

    /**
     * On the board, double-precision cos and sin are software: thousands of cycles each. The generated
     * C works out its FFT twiddles, Hann window and mel weights once; from the second window on, only
     * motion-robust's eigenvalues call cos (twice). Before, every butterfly of every FFT called both, and
     * the sound features took 475 million instructions a window on a Cortex-M4 (QEMU, by hand).
     */
    @ParameterizedTest
    @ValueSource(strings = {"motion-spectral", "motion-robust", "audio-mfe"})
    void fromTheSecondWindowOnTheFftCallsNoCosOrSin(String name) throws Exception {
        FeaturePipeline p = Pipelines.standard(name);
        String defines = p.cSource().lines().filter(l -> l.startsWith("#define")).reduce("", (a, b) -> a + b + "\n");
        // math.h first, then cos and sin renamed: the features' own #include <math.h> adds nothing more.
        Files.writeString(dir.resolve("features.c"), """
                #include <math.h>
                double counted_cos(double x);
                double counted_sin(double x);
                #define cos counted_cos
                #define sin counted_sin
                """ + p.cSource());
        Files.writeString(dir.resolve("count.c"), defines + """
                #include <math.h>
                #include <stdio.h>
                void kumiki_features(const float *window, float *out);
                static long calls;
                double counted_cos(double x) { calls++; return cos(x); }
                double counted_sin(double x) { calls++; return sin(x); }
                int main(void) {
                    static float window[KUMIKI_WINDOW * KUMIKI_AXES];
                    static float out[KUMIKI_FEATURES];
                    for (int i = 0; i < KUMIKI_WINDOW * KUMIKI_AXES; i++) window[i] = (float)((i * 7919) %% 1000) / 1000.0f;
                    kumiki_features(window, out);
                    long first = calls;
                    kumiki_features(window, out);
                    printf("%%ld %%ld\\n", first, calls - first);
                    return 0;
                }
                """.formatted());
        Process cc = new ProcessBuilder("gcc", "-std=c99", "-O1", "-c", "features.c",
                "-o", "features.o").directory(dir.toFile()).redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cc.exitValue()).as("gcc said:%n%s", ccOut).isZero();
        Process link = new ProcessBuilder("gcc", "-std=c99", "-O1", "count.c", "features.o", "-o", "count", "-lm")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String linkOut = new String(link.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(link.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(link.exitValue()).as("gcc said:%n%s", linkOut).isZero();
        Process run = new ProcessBuilder(dir.resolve("count").toString()).redirectErrorStream(true).start();
        String[] counts = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Long.parseLong(counts[0])).as("cos and sin in the first window").isGreaterThan(100);
        // Only motion-robust's eigenvalues remain: two cosines a window, however long the FFT.
        assertThat(Long.parseLong(counts[1])).as("cos and sin in the second window").isEqualTo(name.equals("motion-robust") ? 2 : 0);
    }
}
