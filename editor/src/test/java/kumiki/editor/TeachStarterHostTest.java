package kumiki.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kumiki.codegen.CompileResult;
import kumiki.codegen.HostRunner;
import kumiki.codegen.KumikiCompiler;
import kumiki.ml.synth.GestureGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the wizard hands over really works: the model it trained on the built-in examples and its
 * starter program, compiled by Kumiki and run on this computer by the host runner (TFLM on the C int8
 * reference), fed a minute of movements by a child who is not in the built-in set. The screen must show
 * each movement's name while that movement happens; the generator knows where the movements are.
 */
class TeachStarterHostTest {
    @TempDir
    Path dir;

    @Test
    void theStarterProgramShowsEachMovementsNameOnTheScreenWhileItHappens() throws Exception {
        EditorViewModel editor = new EditorViewModel(new RecoveryStore(dir.resolve("recovery")), Runnable::run);
        editor.newProject();
        TeachViewModel teach = new TeachViewModel(editor, Runnable::run, Runnable::run, 1);
        teach.kindProperty().set(TeachKind.MOTION);
        teach.useSampleSet();
        teach.train();
        assertThat(teach.resultProperty().get()).as(teach.messageProperty().get()).isNotNull();
        teach.useModel();

        // The page places the starter's stacks; here they go one below the other, as it does.
        ObjectMapper json = new ObjectMapper();
        ArrayNode stacks = (ArrayNode) json.readTree(teach.starterProgram());
        for (int i = 0; i < stacks.size(); i++) {
            ((ObjectNode) stacks.get(i)).put("x", 20).put("y", 20 + 160 * i);
        }
        ObjectNode ws = json.createObjectNode();
        ws.putObject("blocks").put("languageVersion", 0).set("blocks", stacks);
        CompileResult compiled = KumikiCompiler.compile(editor.project().withWorkspace(ws.toString()));
        assertThat(compiled.refusal()).isEmpty();
        assertThat(compiled.problems()).isEmpty();

        GestureGenerator.Stream stream = GestureGenerator.classroom(1, 3).stream(8, 60, 10, 5);
        HostRunner.Run run = HostRunner.run(compiled.code(), compiled.besideIno(), script(stream, 61_000));
        assertThat(run.exit()).as(run.events()).isZero();
        java.nio.file.Files.writeString(Path.of("target", "teach-starter-run.txt"), run.events()
                + "\ngestures: " + stream.gestures() + "\nstarts: " + stream.starts() + "\n");

        record Shown(long ms, String label) {
        }
        List<Shown> shown = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*(\\d+) ms  tft\\.drawString \"([^\"]*)\"").matcher(run.events());
        while (m.find()) {
            shown.add(new Shown(Long.parseLong(m.group(1)), m.group(2)));
        }
        assertThat(shown).isNotEmpty();
        int hits = 0;
        for (int k = 0; k < stream.starts().size(); k++) {
            long from = Math.round(stream.starts().get(k) * 1000);
            long to = from + Math.round(stream.gestureSeconds() * 1000) + 2_500;
            String gesture = stream.gestures().get(k);
            if (shown.stream().anyMatch(s -> s.label().equals(gesture) && s.ms() >= from && s.ms() <= to)) {
                hits++;
            }
        }
        assertThat(hits).as("movements whose name came up on the screen, of %d: %s", stream.starts().size(), shown)
                .isGreaterThanOrEqualTo(8);
    }

    static String script(GestureGenerator.Stream s, int untilMs) {
        StringBuilder b = new StringBuilder("until " + untilMs + "\n");
        float[][] v = s.sample().values();
        for (int i = 0; i < v[0].length; i++) {
            b.append(String.format(Locale.ROOT, "accel %s %s %s %s%n", Double.toString(i * 1000 / s.sample().rateHz()),
                    Float.toString(v[0][i]), Float.toString(v[1][i]), Float.toString(v[2][i])));
        }
        return b.toString();
    }
}
