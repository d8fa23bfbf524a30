package kumiki.codegen.teach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import kumiki.codegen.BuildAssets;
import kumiki.codegen.CompileResult;
import kumiki.codegen.Golden;
import kumiki.codegen.Gxx;
import kumiki.codegen.KumikiCompiler;
import kumiki.codegen.TeachModels;
import kumiki.project.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden sketch per sensor a model can listen to (motion, sound, light, a Grove sensor) (read by a person: sampling, ring, TFLM, smoothing,
 * events), each compiling with g++ against the TFLM stand-in and the project's real model headers.
 */
class TeachGoldenTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> sensors() {
        return Stream.of("motion", "sound", "light", "analog");
    }

    /** "when LABEL is recognised → write LABEL on the screen, play C5" and "when LABEL stops → clear the screen". */
    static String program(String label) {
        ObjectNode write = TeachWorkspaces.block("kumiki_screen_text");
        ObjectNode inputs = write.putObject("inputs");
        inputs.putObject("TEXT").set("block", TeachWorkspaces.block("kumiki_teach_label"));
        for (String[] n : new String[][] {{"X", "10"}, {"Y", "100"}, {"SIZE", "4"}}) {
            ObjectNode num = TeachWorkspaces.block("math_number");
            num.putObject("fields").put("NUM", Integer.parseInt(n[1]));
            inputs.putObject(n[0]).set("shadow", num);
        }
        ObjectNode note = TeachWorkspaces.block("kumiki_play_note");
        note.putObject("fields").put("NOTE", "C5").put("BEATS", "0.5");
        ObjectNode clear = TeachWorkspaces.block("kumiki_screen_fill");
        return TeachWorkspaces.workspace(List.of(
                TeachWorkspaces.hat("kumiki_teach_when_recognised", label, TeachWorkspaces.then(write, note), 0),
                TeachWorkspaces.hat("kumiki_teach_when_stops", label, clear, 300)));
    }

    static Project project(String sensor) throws Exception {
        return switch (sensor) {
            case "motion" -> TeachModels.motion("motion-robust").project().withWorkspace(program("wave"));
            case "sound" -> TeachModels.sound().project().withWorkspace(program("high"));
            case "light" -> TeachModels.light().project().withWorkspace(program("cover"));
            default -> {
                Project light = TeachModels.light().project();
                ObjectNode json = (ObjectNode) JSON.readTree(light.files().get(BuildAssets.MODEL_JSON));
                json.put("sensor", "analog:A0"); // a Grove sensor on the left port, such as a gas sensor
                yield light.withFile(BuildAssets.MODEL_JSON, JSON.writeValueAsBytes(json)).withWorkspace(program("cover"));
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sensors")
    void theSketchForEachSensorIsTheApprovedOneAndCompiles(String sensor) throws Exception {
        CompileResult r = KumikiCompiler.compile(project(sensor));
        assertThat(r.refusal()).isEmpty();
        assertThat(r.problems()).isEmpty();
        Golden.assertMatches("teach/" + sensor + ".ino", r.code());
        assertThat(Gxx.syntaxErrors(r.code(), r.besideIno())).isEmpty();
        String read = switch (sensor) {
            case "motion" -> "slot[0] = lis.getAccelerationX();";
            case "sound" -> "kumiki_teach.ring[kumiki_teach.head] = ring[ringTail % RING] / 32768.0f;";
            case "light" -> "slot[0] = analogRead(WIO_LIGHT);";
            default -> "slot[0] = analogRead(A0);";
        };
        assertThat(r.code()).contains(read);
        assertThat(r.libraries()).extracting(l -> l.name() + " " + l.version()).contains("tflm_cortexm 1.0.0");
    }
}
