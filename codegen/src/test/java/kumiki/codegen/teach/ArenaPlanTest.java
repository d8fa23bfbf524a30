package kumiki.codegen.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kumiki.codegen.TeachFiles;
import kumiki.codegen.TeachModels;
import kumiki.ml.quant.ModelReport;
import kumiki.ml.quant.TfliteReader;
import kumiki.project.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model report's arena against real TFLM. The expected figures are arena_used_bytes() of
 * tflm_cortexm 1.0.0 itself (CMSIS-NN kernels, built for 32 bits, the pointer size of the Cortex-M4),
 * run by hand on these very models; the smallest arena AllocateTensors() accepted was measured the
 * same way (docs/teach.md says how). The arena depends on the models' shapes only, which the
 * pipelines fix, not on their trained weights.
 */
class ArenaPlanTest {
    static Project project(String which) {
        return switch (which) {
            case "motion-robust", "motion-raw" -> TeachModels.motion(which).project();
            case "signal-raw" -> TeachModels.light().project();
            case "audio-mfe" -> TeachModels.sound().project();
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest(name = "{0}: TFLM used {1} bytes, and needed {2} to plan")
    @CsvSource({
        "motion-robust, 892, 1328",
        "motion-raw, 2060, 2288",
        "signal-raw, 1932, 2288",
        "audio-mfe, 5116, 5136",
    })
    void theReportIsWithinFivePercentOfRealTflmAndTheSketchArenaIsEnough(String which, int tflmUsed, int tflmSmallest)
            throws Exception {
        Project p = project(which);
        byte[] tflite = p.files().get("model/model.tflite");
        List<String> labels = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(p.files().get("model/model.json")).path("labels")
                .forEach(l -> labels.add(l.asText()));
        var model = TfliteReader.read(tflite, labels);
        ModelReport report = ModelReport.of(model, tflite.length);
        assertThat((double) report.arenaBytes()).isCloseTo(tflmUsed, org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(TeachFiles.arenaBytes(report)).isGreaterThanOrEqualTo(tflmSmallest);
    }
}
