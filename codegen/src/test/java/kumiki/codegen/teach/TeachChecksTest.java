package kumiki.codegen.teach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import kumiki.codegen.BuildAssets;
import kumiki.codegen.CompileResult;
import kumiki.codegen.KumikiCompiler;
import kumiki.codegen.TeachFiles;
import kumiki.codegen.Problem;
import kumiki.codegen.TeachModels;
import kumiki.ml.quant.QuantizedModel;
import kumiki.ml.quant.QuantizedModel.Kind;
import kumiki.ml.quant.QuantizedModel.Op;
import kumiki.ml.quant.QuantizedModel.Tensor;
import kumiki.ml.quant.TfliteWriter;
import kumiki.project.Project;
import org.junit.jupiter.api.Test;

/**
 * A Teach program that cannot work on the board is refused, or its block warned, in one sentence in the
 * project's language: no model, a model for another sensor, a label the model no longer has, a model too
 * big for the Wio Terminal.
 */
class TeachChecksTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static String waveProgram() {
        return TeachWorkspaces.workspace(List.of(TeachWorkspaces.hat("kumiki_teach_when_recognised", "wave",
                TeachWorkspaces.print(TeachWorkspaces.text("hi")), 0)));
    }

    static Problem refusal(Project p) {
        CompileResult r = KumikiCompiler.compile(p);
        assertThat(r.refusal()).as("refused: %s", r.problems()).isPresent();
        assertThat(r.besideIno()).isEmpty();
        return r.refusal().get();
    }

    @Test
    void aTeachBlockWithoutAModelIsRefusedAndItsBlockWarned() {
        Project p = Project.create("No model", "en").withWorkspace(waveProgram());
        Problem refused = refusal(p);
        assertThat(refused.kind()).isEqualTo("teach-no-model");
        assertThat(refused.message()).isEqualTo("This program uses Teach blocks, but the project has no trained model. "
                + "Press Teach and teach the Wio Terminal first.");
        // The sentence first, then the warning on the block that needs the model.
        assertThat(KumikiCompiler.compile(p).problems()).extracting(Problem::kind)
                .containsExactly("teach-no-model", "teach-needs-model");
        assertThat(refusal(p.withLanguage("ja")).message()).startsWith("この プログラムは「おしえる」ブロックを");
    }

    @Test
    void aModelForAnotherSensorIsRefused() throws Exception {
        TeachModels.Trained t = TeachModels.motion("motion-robust");
        ObjectNode json = (ObjectNode) JSON.readTree(t.project().files().get(BuildAssets.MODEL_JSON));
        json.put("sensor", "mic");
        Project p = t.project().withFile(BuildAssets.MODEL_JSON, JSON.writeValueAsBytes(json)).withWorkspace(waveProgram());
        Problem refused = refusal(p);
        assertThat(refused.kind()).isEqualTo("teach-wrong-sensor");
        assertThat(refused.message()).isEqualTo("The trained model was made for mic (accX, accY, accZ), which no sensor "
                + "of the Wio Terminal gives this way. Train it again on recordings from the board.");
        assertThat(refusal(p.withLanguage("ja")).message()).contains("mic (accX, accY, accZ)").contains("センサー");
    }

    /** A sound model is written as a sketch that hears: the collector's timer-driven sampler feeds it. */
    @Test
    void aSoundModelsSketchSamplesTheMicrophoneWithTheCollectorsTimer() throws Exception {
        Project p = TeachModels.sound().project().withWorkspace(waveProgram());
        CompileResult r = KumikiCompiler.compile(p);
        assertThat(r.refusal()).isEmpty();
        assertThat(r.code()).contains("void TC5_Handler() {", "if (kumiki_teach.running) {", "startMicrophone();",
                "48000000UL / 16000UL - 1", "kumiki_teach.ring[kumiki_teach.head] = ring[ringTail % RING] / 32768.0f;");
        assertThat(r.code()).doesNotContain("kumiki_teachRead(");
        assertThat(r.besideIno()).containsKeys(TeachFiles.MODEL_HEADER, TeachFiles.FEATURES_HEADER);
    }

    @Test
    void aLabelTheModelNoLongerHasWarnsOnItsBlockAndTheSketchStillBuilds() {
        TeachModels.Trained t = TeachModels.motion("motion-robust");
        String program = TeachWorkspaces.workspace(List.of(
                TeachWorkspaces.hat("kumiki_teach_when_recognised", "jump", null, 0),
                TeachWorkspaces.hat("kumiki_teach_when_recognised", "wave", null, 200)));
        CompileResult r = KumikiCompiler.compile(t.project().withWorkspace(program));
        assertThat(r.refusal()).isEmpty();
        assertThat(r.problems()).filteredOn(p -> p.kind().equals("teach-unknown-label")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(
                        "The trained model has no 'jump'. Choose one of: circle, idle, shake, wave."));
        // The block that names a missing label calls nothing; the one that names "wave" is polled.
        assertThat(r.code()).contains("if (started == 3 /* wave */) when_wave_recognised();")
                .doesNotContain("when_jump_recognised();\n  }");
        CompileResult ja = KumikiCompiler.compile(t.project().withWorkspace(program).withLanguage("ja"));
        assertThat(ja.problems()).extracting(Problem::message).contains("おしえた モデルに「jump」は ありません。つぎから えらんでください：circle, idle, shake, wave");
    }

    @Test
    void aModelTooBigForTheBoardIsRefusedWithItsSizes() throws Exception {
        TeachModels.Trained t = TeachModels.motion("motion-robust");
        Project p = t.project().withFile("model/model.tflite", hugeDenseModel(t.result().model().quantized()))
                .withWorkspace(waveProgram());
        Problem refused = refusal(p);
        assertThat(refused.kind()).isEqualTo("teach-too-big");
        assertThat(refused.message()).matches("The trained model is too big for the Wio Terminal: it needs \\d+ KB of "
                + "memory \\(at most 144 KB\\) and \\d+ KB of flash \\(at most 512 KB\\)\\. Train a smaller model\\.");
        assertThat(refusal(p.withLanguage("ja")).message()).contains("おおきすぎます");
    }

    /** The same input and labels as {@code like}, through a hidden layer of 20,000 units: about 680 KB of weights. */
    static byte[] hugeDenseModel(QuantizedModel like) {
        int features = like.inputTensor().size();
        int hidden = 20_000;
        int labels = like.labels().size();
        Tensor input = like.inputTensor();
        Tensor w1 = new Tensor("w1", new int[] {hidden, features}, QuantizedModel.INT8, new float[] {0.01f},
                new long[] {0}, 0, new byte[hidden * features]);
        Tensor b1 = new Tensor("b1", new int[] {hidden}, QuantizedModel.INT32, new float[] {input.scale()[0] * 0.01f},
                new long[] {0}, 0, new byte[hidden * 4]);
        Tensor h = new Tensor("h", new int[] {1, hidden}, QuantizedModel.INT8, new float[] {0.05f}, new long[] {-128}, 0, null);
        Tensor w2 = new Tensor("w2", new int[] {labels, hidden}, QuantizedModel.INT8, new float[] {0.01f},
                new long[] {0}, 0, new byte[labels * hidden]);
        Tensor b2 = new Tensor("b2", new int[] {labels}, QuantizedModel.INT32, new float[] {0.05f * 0.01f},
                new long[] {0}, 0, ByteBuffer.allocate(labels * 4).order(ByteOrder.LITTLE_ENDIAN).array());
        Tensor logits = new Tensor("logits", new int[] {1, labels}, QuantizedModel.INT8, new float[] {0.1f},
                new long[] {0}, 0, null);
        Tensor out = like.outputTensor();
        QuantizedModel big = new QuantizedModel(List.of(input, w1, b1, h, w2, b2, logits, out),
                List.of(new Op(Kind.FULLY_CONNECTED, new int[] {0, 1, 2}, new int[] {3}, true, 0),
                        new Op(Kind.FULLY_CONNECTED, new int[] {3, 4, 5}, new int[] {6}, false, 0),
                        new Op(Kind.SOFTMAX, new int[] {6}, new int[] {7}, false, 0)),
                0, 7, like.labels());
        return TfliteWriter.write(big, "too big");
    }
}
