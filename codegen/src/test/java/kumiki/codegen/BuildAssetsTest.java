package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import kumiki.project.Project;
import org.junit.jupiter.api.Test;

/** The build assets come from the project's own model/model.json, and only from there. */
class BuildAssetsTest {
    private static final String MODEL_JSON = """
            {"format": 1, "labels": ["idle", "wave"],
             "pipeline": {"name": "motion-spectral", "version": 1, "parameters": {"rateHz": 62.5}},
             "normalization": {"mean": [0], "scale": [1]},
             "input": {"shape": [1, 33], "type": "int8", "scale": 0.026, "zeroPoint": 4},
             "output": {"shape": [1, 2], "type": "int8", "scale": 0.00390625, "zeroPoint": -128},
             "report": {"arenaBytes": 1200}, "metrics": {}, "training": {}}""";

    private static Project withModelJson(String json) {
        return Project.create("p", "en").withFile(BuildAssets.MODEL_JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aProjectWithoutAModelHasNone() {
        BuildAssets assets = BuildAssets.of(Project.create("p", "en"));
        assertThat(assets.hasModel()).isFalse();
        assertThat(assets.toJson()).isEqualTo("{\"labels\":[],\"model\":{},\"pipeline\":{}}");
    }

    @Test
    void labelsModelFactsAndPipelineComeFromModelJson() throws Exception {
        BuildAssets assets = BuildAssets.of(withModelJson(MODEL_JSON));
        assertThat(assets.labels()).containsExactly("idle", "wave");
        assertThat(assets.pipeline().path("name").asText()).isEqualTo("motion-spectral");
        assertThat(assets.model().path("input").path("zeroPoint").asInt()).isEqualTo(4);
        assertThat(assets.model().path("report").path("arenaBytes").asInt()).isEqualTo(1200);
        // Only what a sketch may need travels: not the training history or the metrics.
        var json = new ObjectMapper().readTree(assets.toJson());
        assertThat(json.path("model").has("metrics")).isFalse();
        assertThat(json.path("model").has("training")).isFalse();
    }

    @Test
    void aDamagedModelJsonIsNoModelAtAll() {
        assertThat(BuildAssets.of(withModelJson("{\"labels\": [\"wa")).hasModel()).isFalse();
        assertThat(BuildAssets.of(withModelJson("[1, 2]")).hasModel()).isFalse();
        assertThat(BuildAssets.of(withModelJson("{\"labels\": [3, \"wave\", null]}")).labels()).containsExactly("wave");
    }

    @Test
    void theCompilerTakesTheProjectsAssetsAndBlocksWithoutModelsIgnoreThem() {
        String workspace = Workspaces.fixture("variables_set");
        Project plain = Project.create("p", "en").withWorkspace(workspace);
        Project trained = withModelJson(MODEL_JSON).withWorkspace(workspace);
        assertThat(KumikiCompiler.compile(trained).code()).isEqualTo(KumikiCompiler.compile(plain).code()).isNotBlank();
    }
}
