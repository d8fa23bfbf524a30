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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.DatasetIssue;
import kumiki.ml.dataset.DatasetReader;
import kumiki.ml.dataset.Labels;
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
import kumiki.project.Project;

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

    ModelPackage(FeaturePipeline pipeline, float[] mean, float[] scale, QuantizedModel model, int tfliteBytes,
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

    /** A model trained from a folder and written to disk, with what training found. */
    public record Trained(ModelPackage model, Dataset dataset, ModelTraining.Result result) {
        public List<DatasetIssue> warnings() {
            return result.warnings();
        }

        /** Null when there was no test (see {@link ModelTraining.Result}). */
        public Evaluation floatMetrics() {
            return result.floatMetrics();
        }

        public Evaluation int8Metrics() {
            return result.int8Metrics();
        }

        public ModelReport report() {
            return result.report();
        }

        public double seconds() {
            return result.seconds();
        }

        public int epochs() {
            return result.epochs();
        }
    }

    /** The folder form: {@code kumiki train} reads a dataset folder and writes a model folder. */
    public static Trained train(Path data, String pipelineName, Path out, int epochs, long seed,
                                Consumer<EpochProgress> progress, BooleanSupplier cancelled)
            throws IOException, NotTrainable {
        return train(data, new ModelTraining.Plan(pipelineName, epochs, seed, true), out, p -> {
            if (p.epoch() != null) {
                progress.accept(p.epoch());
            }
        }, cancelled);
    }

    public static Trained train(Path data, ModelTraining.Plan plan, Path out, Consumer<ModelTraining.Progress> progress,
                                BooleanSupplier cancelled) throws IOException, NotTrainable {
        if (!plan.pipeline().equals(Pipelines.AUTO)) {
            Pipelines.standard(plan.pipeline()); // an unknown name is refused before anything is read
        }
        Dataset dataset = DatasetReader.read(data);
        ModelTraining.Result result = ModelTraining.train(dataset.samples(), plan, progress, cancelled);
        result.model().write(out, result.tflite());
        return new Trained(result.model(), dataset, result);
    }

    /** Writes model.tflite and model.json into {@code out}, each file whole or not at all. */
    public void write(Path out, byte[] tflite) throws IOException {
        Files.createDirectories(out);
        kumiki.project.AtomicFile.write(out.resolve("model.tflite"), o -> o.write(tflite));
        byte[] text = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        kumiki.project.AtomicFile.write(out.resolve("model.json"), o -> o.write(text));
    }

    ModelPackage withJson(JsonNode json) {
        return new ModelPackage(pipeline, mean, scale, model, tfliteBytes, json);
    }

    /** A NaN scale would make the int8 model answer at random; such a model is never written. */
    static boolean quantizationFinite(QuantizedModel m) {
        for (QuantizedModel.Tensor t : m.tensors()) {
            if (t.scale() != null) {
                for (float s : t.scale()) {
                    if (!(s > 0) || !Float.isFinite(s)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Neither file of a model the Wio Terminal can hold comes near this. */
    static final long MAX_FILE_BYTES = 16L << 20;
    static final int MAX_LABELS = 100;

    /**
     * Reads a model folder back and checks every part against the others: the pipeline is one this
     * Kumiki has with the same parameters, the normalization fits its features, the model's input and
     * output fit the features and the labels, and the model runs. Anything else is one
     * {@link ModelFileException} naming the file.
     */
    public static ModelPackage load(Path dir) throws ModelFileException {
        Path jsonFile = dir.resolve("model.json");
        Path tflite = dir.resolve("model.tflite");
        if (!Files.isRegularFile(jsonFile) || !Files.isRegularFile(tflite)) {
            throw new ModelFileException("model.notFolder", dir);
        }
        return read(jsonFile, readBytes(jsonFile), tflite, readBytes(tflite));
    }

    /**
     * A model from its two files' bytes (a project keeps them in memory, under {@code model/}), checked
     * as {@link #load} checks a folder; {@code jsonFile} and {@code tflite} only name them in messages.
     */
    public static ModelPackage read(Path jsonFile, byte[] jsonBytes, Path tflite, byte[] file) throws ModelFileException {
        if (jsonBytes.length > MAX_FILE_BYTES) {
            throw new ModelFileException("model.tooLarge", jsonFile, MAX_FILE_BYTES >> 20);
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new ModelFileException("model.tooLarge", tflite, MAX_FILE_BYTES >> 20);
        }
        JsonNode json = parseJson(jsonFile, jsonBytes);
        JsonNode format = json.path("format");
        if (!format.canConvertToInt() || format.asDouble() != format.asInt() || format.asInt() < 1) {
            throw new ModelFileException("model.badJson", jsonFile, "format");
        }
        if (format.asInt() > FORMAT) {
            throw new ModelFileException("model.newer", jsonFile);
        }
        List<String> labels = labels(jsonFile, json.path("labels"));
        JsonNode described = json.path("pipeline");
        String name = described.path("name").asText("");
        FeaturePipeline pipeline;
        try {
            pipeline = Pipelines.standard(name);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("model.unknownPipeline", jsonFile, name.isEmpty() ? "?" : shorten(name),
                    String.join(", ", Pipelines.NAMES));
        }
        // A window or stride chosen in the wizard's expert drawer; every other parameter must be standard.
        JsonNode windowMs = described.path("parameters").path("windowMs");
        JsonNode strideMs = described.path("parameters").path("windowStrideMs");
        try {
            if (windowMs.isInt() && strideMs.isInt()) {
                pipeline = Pipelines.tuned(name, windowMs.asInt(), strideMs.asInt());
            }
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("model.pipelineDiffers", jsonFile, pipeline.name());
        }
        if (!JSON.valueToTree(pipeline.parameters()).equals(described.path("parameters"))
                || !described.path("version").isInt() || pipeline.version() != described.path("version").asInt()) {
            throw new ModelFileException("model.pipelineDiffers", jsonFile, pipeline.name());
        }
        int features = Arrays.stream(pipeline.outputShape()).reduce(1, (a, b) -> a * b);
        float[] mean = finiteFloats(jsonFile, json.path("normalization").path("mean"), features, "normalization.mean");
        float[] scale = finiteFloats(jsonFile, json.path("normalization").path("scale"), features, "normalization.scale");
        QuantizedModel model;
        try {
            model = TfliteReader.read(file, labels);
        } catch (TfliteReader.Damaged e) {
            Object[] args = new Object[e.args().length + 1];
            args[0] = tflite;
            System.arraycopy(e.args(), 0, args, 1, e.args().length);
            throw new ModelFileException(e.key(), args);
        }
        if (model.inputTensor().size() != features) {
            throw new ModelFileException("model.inputSize", tflite, model.inputTensor().size(), pipeline.name(), features);
        }
        try {
            new Int8Interpreter(model).run(new byte[features]);
        } catch (RuntimeException e) {
            // The tensors do not fit the operators that join them: a patched or foreign file.
            throw new ModelFileException("tflite.damaged", tflite);
        }
        return new ModelPackage(pipeline, mean, scale, model, file.length, json);
    }

    private static JsonNode parseJson(Path jsonFile, byte[] bytes) throws ModelFileException {
        try {
            JsonNode json = Project.limited(JSON).readTree(bytes);
            if (json == null || !json.isObject()) {
                throw new ModelFileException("model.badJson", jsonFile, "{ }");
            }
            return json;
        } catch (IOException e) {
            throw new ModelFileException("model.jsonDamaged", jsonFile);
        }
    }

    private static byte[] readBytes(Path file) throws ModelFileException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ModelFileException("model.tooLarge", file, MAX_FILE_BYTES >> 20);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelFileException("model.unreadable", file);
        }
    }

    private static List<String> labels(Path jsonFile, JsonNode node) throws ModelFileException {
        if (!node.isArray() || node.size() < 2 || node.size() > MAX_LABELS) {
            throw new ModelFileException("model.badLabels", jsonFile, MAX_LABELS);
        }
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode l : node) {
            String label = l.isTextual() ? l.asText() : "";
            if (!Labels.isValid(label) || !seen.add(Labels.fold(label))) {
                throw new ModelFileException("model.badLabels", jsonFile, MAX_LABELS);
            }
            labels.add(label);
        }
        return labels;
    }

    private static float[] finiteFloats(Path jsonFile, JsonNode node, int length, String field)
            throws ModelFileException {
        if (!node.isArray() || node.size() != length) {
            throw new ModelFileException("model.badJson", jsonFile, field);
        }
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            float v = (float) node.get(i).asDouble(Double.NaN);
            if (!node.get(i).isNumber() || !Float.isFinite(v)) {
                throw new ModelFileException("model.badJson", jsonFile, field);
            }
            out[i] = v;
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The int8 input tensor exactly as the device would feed it for this recording. */
    public byte[] features(Sample sample) {
        return quantizedInput(pipeline.extract(sample));
    }

    /** The int8 input tensor for a window's features, as the sketch computes it. */
    public byte[] quantizedInput(float[] f) {
        float[] normalized = new float[f.length];
        for (int i = 0; i < f.length; i++) {
            normalized[i] = (f[i] - mean[i]) * scale[i];
        }
        return Quantizer.quantizeInput(model, normalized);
    }

    /** Label probabilities from the int8 model, in {@link #labels()} order. */
    public float[] predict(Sample sample) {
        return certainties(pipeline.extract(sample));
    }

    /** Label probabilities from the int8 model for one window's features, as the board computes them. */
    public float[] certainties(float[] features) {
        Int8Interpreter interpreter = new Int8Interpreter(model);
        return interpreter.dequantizeOutput(interpreter.run(quantizedInput(features)));
    }

    /** What the model on disk costs on the Wio Terminal. */
    public ModelReport report() {
        return ModelReport.of(model, tfliteBytes);
    }

    public List<String> labels() {
        return model.labels();
    }

    /**
     * One recognition on the board, in milliseconds at 120 MHz: the features of a window (measured on a
     * Cortex-M4, {@link FeaturePipeline#boardMs}) and the model's run (the report's estimate).
     */
    public double recognitionMs() {
        return pipeline.boardMs() + report().latencyMs();
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    public QuantizedModel quantized() {
        return model;
    }

    /** Per-feature normalization, applied before quantizing: (feature − mean) × scale. */
    public float[] mean() {
        return mean.clone();
    }

    public float[] scale() {
        return scale.clone();
    }

    public JsonNode json() {
        return json;
    }
}
