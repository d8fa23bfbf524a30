package kumiki.codegen.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kumiki.codegen.CompileResult;
import kumiki.codegen.HostRunner;
import kumiki.codegen.KumikiCompiler;
import kumiki.codegen.TeachModels;
import kumiki.ml.LiveRecognition;
import kumiki.ml.ModelPackage;
import kumiki.ml.dataset.Sample;
import kumiki.project.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sound model's sketch, run by the host runner: the microphone's timer interrupts 16,000 times a
 * second of virtual time and takes what the runner's converter holds, five seconds of hiss with one
 * second of a high whistle in the middle. The sketch must hear the whistle once, and hear it where
 * Kumiki's Java recognition does on the same sound as the board's 12-bit converter gives it.
 */
class TeachSoundHostTest {
    @TempDir
    static Path dir;

    static ModelPackage model;
    static Sample heard;
    static HostRunner.Run run;
    static final double WHISTLE_FROM = 2.0;

    @BeforeAll
    static void runTheSketchOverFiveSecondsOfSound() throws Exception {
        TeachModels.Trained trained = TeachModels.sound();
        model = trained.result().model();
        List<String> watched = List.of("high", "low");
        Project project = trained.project().withWorkspace(TeachWorkspaces.reporting(model.labels(), watched));
        CompileResult compiled = KumikiCompiler.compile(project);
        assertThat(compiled.refusal()).isEmpty();

        // Hiss, the whistle from 2 s to 3 s, hiss: as the training examples were made, new noise.
        float[] sound = new float[5 * MicStream.RATE];
        Random r = new Random(5);
        for (int i = 0; i < sound.length; i++) {
            double t = i / (double) MicStream.RATE;
            boolean whistle = t >= WHISTLE_FROM && t < WHISTLE_FROM + 1;
            sound[i] = (float) (whistle ? 0.3 * Math.sin(2 * Math.PI * 2050 * t) + 0.01 * r.nextGaussian() : 0.2 * r.nextGaussian());
        }
        MicStream.Written stream = MicStream.write(sound, dir, 5200);
        heard = stream.heard();
        run = HostRunner.run(compiled.code(), compiled.besideIno(), stream.script());
        assertThat(run.exit()).as(run.events()).isZero();
    }

    @Test
    void theWhistleIsHeardOnceWhileItSoundsAndNothingElseIsHeard() {
        List<String> lines = run.lines().stream().filter(l -> !l.startsWith("stop,")).toList();
        assertThat(lines).as(run.serial()).hasSize(1);
        String[] f = lines.get(0).split(",");
        assertThat(f[0]).isEqualTo("high");
        assertThat(f[2]).isEqualTo("high");
        long ms = Long.parseLong(f[1]);
        // Within the windows that overlap the whistle: from its start to a window after its end.
        assertThat(ms).isBetween((long) (WHISTLE_FROM * 1000), (long) ((WHISTLE_FROM + 2) * 1000));
    }

    @Test
    void theSketchHearsWhatKumikisJavaHearsInTheSameWindows() {
        List<String> expected = new ArrayList<>();
        for (LiveRecognition.Event e : LiveRecognition.run(model, heard)) {
            if (e.started() && !e.label().equals("hiss")) {
                expected.add(e.label() + "@" + Math.round(e.seconds() * 1000));
            }
        }
        List<String> printed = new ArrayList<>();
        for (String line : run.lines()) {
            String[] f = line.split(",");
            if (!f[0].equals("stop")) {
                // The window ends with the reading the timer took last; the sketch prints a moment later.
                long ms = Long.parseLong(f[1]);
                printed.add(f[0] + "@" + ms);
            }
        }
        assertThat(printed).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String[] want = expected.get(i).split("@");
            String[] got = printed.get(i).split("@");
            assertThat(got[0]).isEqualTo(want[0]);
            assertThat(Long.parseLong(got[1])).as("when %s is heard", want[0]).isBetween(Long.parseLong(want[1]),
                    Long.parseLong(want[1]) + 20);
        }
    }
}
