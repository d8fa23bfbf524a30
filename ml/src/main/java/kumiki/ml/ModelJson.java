package kumiki.ml;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import kumiki.ml.model.Evaluation;
import kumiki.ml.model.FloatModel;
import kumiki.ml.quant.QuantizedModel;
import kumiki.ml.recognise.Recognizer;

/** model.json as training writes it: everything the sketch, the wizard and a reader need to know. */
final class ModelJson {
    private static final ObjectMapper JSON = ModelPackage.JSON;

    private ModelJson() {
    }

    static ObjectNode of(ModelTraining.Result r, FloatModel floatModel, ModelTraining.Plan plan,
                         Map<String, Object> augmentation, int trainingRows) {
        ModelPackage pkg = r.model();
        QuantizedModel q = pkg.quantized();
        ObjectNode json = JSON.createObjectNode();
        json.put("format", ModelPackage.FORMAT);
        json.set("labels", JSON.valueToTree(pkg.labels()));
        json.set("pipeline", JSON.valueToTree(pkg.pipeline().describe()));
        ObjectNode norm = json.putObject("normalization");
        norm.set("mean", JSON.valueToTree(floatModel.mean()));
        norm.set("scale", JSON.valueToTree(floatModel.scale()));
        json.set("input", quantization(q.inputTensor()));
        json.set("output", quantization(q.outputTensor()));
        json.set("recognition", JSON.valueToTree(Recognizer.standard(pkg.labels())
                .describe((int) Math.round(pkg.pipeline().windowStrideSamples() * 1000 / pkg.pipeline().rateHz()))));

        ObjectNode split = json.putObject("split");
        split.put("kind", r.split().kind().name().toLowerCase(Locale.ROOT));
        split.put("description", r.split().description().in(Locale.ENGLISH));
        split.put("descriptionJa", r.split().description().in(Locale.JAPANESE));
        split.set("heldOutSessions", JSON.valueToTree(r.split().heldOutSessions()));
        split.set("testFiles", JSON.valueToTree(r.split().test().stream().map(s -> s.file()).toList()));

        ObjectNode metrics = json.putObject("metrics");
        metrics.put("tested", r.split().tested());
        metrics.put("testSamples", r.split().test().size());
        if (r.floatMetrics() != null) {
            metrics.set("float", metrics(r.floatMetrics()));
            metrics.set("int8", metrics(r.int8Metrics()));
        }
        if (!Double.isNaN(r.crossValidation())) {
            metrics.put("crossValidation", r.crossValidation());
        }
        ArrayNode candidates = json.putArray("candidates");
        for (ModelTraining.Candidate c : r.candidates()) {
            ObjectNode n = candidates.addObject();
            n.put("pipeline", c.pipeline());
            n.put("fits", c.fits());
            if (!Double.isNaN(c.crossValidation())) {
                n.put("crossValidation", c.crossValidation());
            }
            if (c.overBudget() != null) {
                n.put("overBudget", c.overBudget().in(Locale.ENGLISH));
            }
        }
        ArrayNode unlike = json.putArray("unlike");
        for (ModelTraining.Unlike u : r.unlike()) {
            ObjectNode n = unlike.addObject();
            n.put("file", u.file());
            n.put("label", u.label());
            if (u.looksLike() != null) {
                n.put("looksLike", u.looksLike());
            }
        }
        if (augmentation != null) {
            json.set("augmentation", JSON.valueToTree(augmentation));
        } else {
            json.putNull("augmentation");
        }
        json.set("report", JSON.valueToTree(r.report()));
        ObjectNode training = json.putObject("training");
        training.put("seed", plan.seed());
        training.put("requestedPipeline", plan.pipeline());
        training.put("learningRate", plan.learningRate());
        training.put("epochs", r.epochs());
        training.put("seconds", Math.round(r.seconds() * 10) / 10.0);
        training.put("trainSamples", r.split().train().size());
        training.put("trainWindows", trainingRows);
        return json;
    }

    private static ObjectNode quantization(QuantizedModel.Tensor t) {
        ObjectNode n = JSON.createObjectNode();
        n.set("shape", JSON.valueToTree(t.shape()));
        n.put("type", "int8");
        n.put("scale", t.scale()[0]);
        n.put("zeroPoint", t.zeroPoint()[0]);
        return n;
    }

    private static ObjectNode metrics(Evaluation e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("accuracy", e.accuracy());
        ObjectNode precision = n.putObject("precision");
        ObjectNode recall = n.putObject("recall");
        for (int i = 0; i < e.labels().size(); i++) {
            precision.put(e.labels().get(i), e.precision(i));
            recall.put(e.labels().get(i), e.recall(i));
        }
        ArrayNode confusion = n.putArray("confusion");
        for (int[] row : e.confusion()) {
            confusion.add(JSON.valueToTree(row));
        }
        return n;
    }
}
