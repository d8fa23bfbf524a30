package kumiki.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.DatasetIssue;
import kumiki.ml.dataset.DatasetReader;
import kumiki.ml.dataset.Sample;
import kumiki.ml.dataset.TrainingReadiness;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.features.Pipelines;
import kumiki.ml.model.Evaluation;
import kumiki.ml.model.FloatModel;
import kumiki.ml.quant.Int8Interpreter;
import kumiki.ml.quant.ModelReport;
import kumiki.ml.quant.QuantizedModel;
import kumiki.ml.quant.Quantizer;
import kumiki.ml.quant.TfliteReader;
import kumiki.ml.quant.TfliteWriter;
import kumiki.ml.train.EpochProgress;
import kumiki.ml.train.Trainer;
import kumiki.ml.train.TrainingOptions;

/**
 * A model folder: {@code model.tflite} and {@code model.json} (labels, pipeline
 * and its parameters, input normalisation, input/output quantization, float
 * and int8 metrics with confusion matrices, and the report). Training writes
 * one; predict, features and report read it back from disk.
 */
public final class ModelPackage {
    public static final int FORMAT = 1;
    static final ObjectMapper JSON = new ObjectMapper();

    private final FeaturePipeline pipeline;
    private final float[] mean;
    private final float[] scale;
    private final QuantizedModel model;
    private final int tfliteBytes;
    private final JsonNode json;

    private ModelPackage(FeaturePipeline pipeline, float[] mean, float[] scale, QuantizedModel model, int tfliteBytes,
                         JsonNode json) {
        this.pipeline = pipeline;
        this.mean = mean;
        this.scale = scale;
        this.model = model;
        this.tfliteBytes = tfliteBytes;
        this.json = json;
    }

    /** The dataset cannot train a model; the issues say why, in the reader's language. */
    public static final class NotTrainable extends Exception {
        private final List<DatasetIssue> problems;

        public NotTrainable(List<DatasetIssue> problems) {
            super(problems.isEmpty() ? "" : problems.get(0).message(Locale.ENGLISH));
            this.problems = problems;
        }

        public List<DatasetIssue> problems() {
            return problems;
        }
    }

    public record Trained(ModelPackage model, Dataset dataset, List<DatasetIssue> warnings, Evaluation floatMetrics,
                          Evaluation int8Metrics, ModelReport report, double seconds, int epochs) {
    }

    public static Trained train(Path data, String pipelineName, Path out, int epochs, long seed,
                                Consumer<EpochProgress> progress, BooleanSupplier cancelled)
            throws IOException, NotTrainable {
        long start = System.nanoTime();
        FeaturePipeline pipeline = Pipelines.standard(pipelineName);
        Dataset dataset = DatasetReader.read(data);
        TrainingReadiness.Result ready = TrainingReadiness.check(dataset);
        if (!ready.canTrain()) {
            throw new NotTrainable(ready.problems());
        }
        List<String> labels = dataset.labels();
        List<Sample> train = dataset.train();
        List<Sample> test = dataset.test().isEmpty() ? train : dataset.test();
        float[][] x = train.stream().map(pipeline::extract).toArray(float[][]::new);
        int[] y = train.stream().mapToInt(s -> labels.indexOf(s.label())).toArray();
        int[] epochsRun = {0};
        FloatModel floatModel = Trainer.train(pipeline.outputShape(), x, y, labels,
                TrainingOptions.defaults(seed).withMaxEpochs(epochs), e -> {
                    epochsRun[0] = e.epoch();
                    progress.accept(e);
                }, cancelled);
        QuantizedModel quantized = Quantizer.quantize(floatModel, Arrays.asList(x));
        byte[] tflite = TfliteWriter.write(quantized, "Kumiki " + pipeline.name() + " model: " + String.join(", ", labels));
        Files.createDirectories(out);
        Files.write(out.resolve("model.tflite"), tflite);
        // Evaluate the int8 model as written to disk.
        QuantizedModel onDisk = TfliteReader.read(Files.readAllBytes(out.resolve("model.tflite")), labels);
        Int8Interpreter interpreter = new Int8Interpreter(onDisk);
        int[] truth = new int[test.size()];
        int[] floatPredicted = new int[test.size()];
        int[] int8Predicted = new int[test.size()];
        for (int i = 0; i < test.size(); i++) {
            float[] f = pipeline.extract(test.get(i));
            truth[i] = labels.indexOf(test.get(i).label());
            floatPredicted[i] = FloatModel.argmax(floatModel.probabilities(f));
            int8Predicted[i] = Int8Interpreter.argmax(interpreter.run(Quantizer.quantizeInput(onDisk, floatModel.normalize(f))));
        }
        Evaluation floatMetrics = Evaluation.of(labels, truth, floatPredicted);
        Evaluation int8Metrics = Evaluation.of(labels, truth, int8Predicted);
        ModelPackage pkg = new ModelPackage(pipeline, floatModel.mean(), floatModel.scale(), onDisk, tflite.length, null);
        ModelReport report = pkg.report();
        double seconds = (System.nanoTime() - start) / 1e9;

        ObjectNode json = JSON.createObjectNode();
        json.put("format", FORMAT);
        json.set("labels", JSON.valueToTree(labels));
        json.set("pipeline", JSON.valueToTree(pipeline.describe()));
        ObjectNode norm = json.putObject("normalization");
        norm.set("mean", JSON.valueToTree(floatModel.mean()));
        norm.set("scale", JSON.valueToTree(floatModel.scale()));
        json.set("input", quantization(onDisk.inputTensor()));
        json.set("output", quantization(onDisk.outputTensor()));
        ObjectNode metrics = json.putObject("metrics");
        metrics.put("testSamples", test.size());
        metrics.set("float", metrics(floatMetrics));
        metrics.set("int8", metrics(int8Metrics));
        json.set("report", JSON.valueToTree(report));
        ObjectNode training = json.putObject("training");
        training.put("seed", seed);
        training.put("epochs", epochsRun[0]);
        training.put("seconds", Math.round(seconds * 10) / 10.0);
        training.put("trainSamples", train.size());
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve("model.json").toFile(), json);
        pkg = new ModelPackage(pipeline, floatModel.mean(), floatModel.scale(), onDisk, tflite.length, json);
        return new Trained(pkg, dataset, ready.warnings(), floatMetrics, int8Metrics, report, seconds, epochsRun[0]);
    }

    public static ModelPackage load(Path dir) throws IOException {
        Path jsonFile = dir.resolve("model.json");
        Path tflite = dir.resolve("model.tflite");
        if (!Files.isRegularFile(jsonFile) || !Files.isRegularFile(tflite)) {
            throw new IOException(dir + " is not a model folder (it needs model.json and model.tflite)");
        }
        JsonNode json;
        try {
            json = JSON.readTree(jsonFile.toFile());
        } catch (IOException e) {
            throw new IOException("model.json in " + dir + " is damaged: " + e.getMessage(), e);
        }
        if (json.path("format").asInt(0) > FORMAT) {
            throw new IOException("model.json in " + dir + " was made by a newer Kumiki");
        }
        List<String> labels = new ArrayList<>();
        json.path("labels").forEach(l -> labels.add(l.asText()));
        FeaturePipeline pipeline = Pipelines.standard(json.path("pipeline").path("name").asText());
        if (!JSON.valueToTree(pipeline.parameters()).equals(json.path("pipeline").path("parameters"))
                || pipeline.version() != json.path("pipeline").path("version").asInt()) {
            throw new IOException("this model's " + pipeline.name() + " pipeline (version "
                    + json.path("pipeline").path("version").asInt() + ") differs from this Kumiki's; retrain it");
        }
        float[] mean = JSON.treeToValue(json.path("normalization").path("mean"), float[].class);
        float[] scale = JSON.treeToValue(json.path("normalization").path("scale"), float[].class);
        byte[] file = Files.readAllBytes(tflite);
        QuantizedModel model;
        try {
            model = TfliteReader.read(file, labels);
        } catch (RuntimeException e) {
            throw new IOException("model.tflite in " + dir + " cannot be read: " + e.getMessage(), e);
        }
        return new ModelPackage(pipeline, mean, scale, model, file.length, json);
    }

    /** The int8 input tensor exactly as the device would feed it for this recording. */
    public byte[] features(Sample sample) {
        float[] f = pipeline.extract(sample);
        float[] normalized = new float[f.length];
        for (int i = 0; i < f.length; i++) {
            normalized[i] = (f[i] - mean[i]) * scale[i];
        }
        return Quantizer.quantizeInput(model, normalized);
    }

    /** Label probabilities from the int8 model, in {@link #labels()} order. */
    public float[] predict(Sample sample) {
        Int8Interpreter interpreter = new Int8Interpreter(model);
        return interpreter.dequantizeOutput(interpreter.run(features(sample)));
    }

    /** What the model on disk costs on the Wio Terminal. */
    public ModelReport report() {
        return ModelReport.of(model, tfliteBytes);
    }

    public List<String> labels() {
        return model.labels();
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    public QuantizedModel quantized() {
        return model;
    }

    public JsonNode json() {
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
