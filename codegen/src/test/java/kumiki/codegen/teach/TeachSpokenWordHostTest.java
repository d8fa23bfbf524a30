package kumiki.codegen.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kumiki.codegen.CompileResult;
import kumiki.codegen.HostRunner;
import kumiki.codegen.KumikiCompiler;
import kumiki.codegen.TeachModels;
import kumiki.ml.ModelPackage;
import kumiki.ml.dataset.DatasetReader;
import kumiki.ml.dataset.Sample;
import kumiki.ml.synth.SpokenWords;
import kumiki.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One spoken word in five seconds of background noise, heard by the sketch of a model trained on
 * spoken words: the host runner's microphone timer plays it, and "when yes is recognised" fires once.
 * The word and the noise are new recordings (another seed), not examples the model learnt from.
 */
class TeachSpokenWordHostTest {
    @TempDir
    Path dir;

    @Test
    void oneSpokenWordInFiveSecondsOfNoiseFiresItsEventOnce() throws Exception {
        TeachModels.Trained trained = TeachModels.words();
        ModelPackage model = trained.result().model();
        assertThat(model.labels()).containsExactly("background", "no", "yes");
        Project project = trained.project().withWorkspace(TeachWorkspaces.reporting(model.labels(), List.of("yes", "no")));
        CompileResult compiled = KumikiCompiler.compile(project);
        assertThat(compiled.refusal()).isEmpty();

        SpokenWords.write(dir.resolve("new"), List.of("yes"), 4, 99);
        List<Sample> recorded = DatasetReader.read(dir.resolve("new")).samples();
        List<float[]> noise = recorded.stream().filter(s -> s.label().equals(SpokenWords.BACKGROUND)).map(s -> s.values()[0]).toList();
        float[] word = recorded.stream().filter(s -> s.label().equals("yes")).findFirst().orElseThrow().values()[0];
        // noise, noise, the word (spoken somewhere in its second, over noise), noise, noise
        List<float[]> seconds = List.of(noise.get(0), noise.get(1), word, noise.get(2), noise.get(3));
        float[] sound = new float[seconds.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] s : seconds) {
            System.arraycopy(s, 0, sound, at, s.length);
            at += s.length;
        }
        MicStream.Written stream = MicStream.write(sound, Files.createDirectories(dir.resolve("run")), 5200);
        HostRunner.Run run = HostRunner.run(compiled.code(), compiled.besideIno(), stream.script());
        assertThat(run.exit()).as(run.events()).isZero();

        List<String> heard = run.lines().stream().filter(l -> !l.startsWith("stop,")).toList();
        assertThat(heard).as(run.serial()).hasSize(1);
        String[] f = heard.get(0).split(",");
        assertThat(f[0]).isEqualTo("yes");
        // The word's second is 2 s to 3 s; a window that holds it ends within a second after.
        assertThat(Long.parseLong(f[1])).isBetween(2000L, 4000L);
    }
}
