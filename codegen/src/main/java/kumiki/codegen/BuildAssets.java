package kumiki.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kumiki.project.Project;

/**
 * Everything a sketch needs beside the blocks, in one input that the headless compiler and the
 * editor's WebView both receive next to the workspace: the trained model's labels, its facts (input
 * and output quantization, the memory report) and its feature pipeline with parameters. Blocks that
 * use the model (the Teach blocks) read only this, so the code panel and {@code kumiki compile} see
 * the same labels and give the same sketch.
 *
 * @param labels   the model's labels in output order; empty without a model
 * @param model    {@code input}, {@code output} and {@code report} from model.json, or an empty object
 * @param pipeline the pipeline's name, version and parameters from model.json, or an empty object
 */
public record BuildAssets(List<String> labels, JsonNode model, JsonNode pipeline) {
    /** Where a project keeps its trained model's description. */
    public static final String MODEL_JSON = "model/model.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MODEL_FACTS = List.of("input", "output", "report", "recognition", "sensor");

    /** A project without a trained model. */
    public static final BuildAssets NONE = new BuildAssets(List.of(), JSON.createObjectNode(), JSON.createObjectNode());

    public BuildAssets {
        labels = List.copyOf(labels);
        model = model.deepCopy();
        pipeline = pipeline.deepCopy();
    }

    /**
     * The assets of a project: from its {@code model/model.json} if it has one. A description that
     * cannot be read gives {@link #NONE}, as if there were no model: the blocks then say there is none.
     */
    public static BuildAssets of(Project project) {
        byte[] bytes = project.files().get(MODEL_JSON);
        if (bytes == null) {
            return NONE;
        }
        try {
            return fromModelJson(JSON.readTree(bytes));
        } catch (IOException e) {
            return NONE;
        }
    }

    /** The assets a model.json describes. */
    public static BuildAssets fromModelJson(JsonNode modelJson) {
        if (modelJson == null || !modelJson.isObject()) {
            return NONE;
        }
        List<String> labels = new ArrayList<>();
        modelJson.path("labels").forEach(l -> {
            if (l.isTextual()) {
                labels.add(l.asText());
            }
        });
        ObjectNode model = JSON.createObjectNode();
        for (String key : MODEL_FACTS) {
            if (modelJson.has(key)) {
                model.set(key, modelJson.get(key));
            }
        }
        JsonNode pipeline = modelJson.path("pipeline").isObject() ? modelJson.get("pipeline") : JSON.createObjectNode();
        return new BuildAssets(labels, model, pipeline);
    }

    public boolean hasModel() {
        return !labels.isEmpty();
    }

    /** The form both Blockly hosts take: {@code {"labels": [...], "model": {...}, "pipeline": {...}}}. */
    public String toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.set("labels", JSON.valueToTree(labels));
        json.set("model", model);
        json.set("pipeline", pipeline);
        return json.toString();
    }
}
