package kumiki.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kumiki.ml.augment.Augmentation;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.DatasetIssue;
import kumiki.ml.dataset.HoldOut;
import kumiki.ml.dataset.Labels;
import kumiki.ml.dataset.Sample;
import kumiki.ml.dataset.Sentence;
import kumiki.ml.dataset.TrainingReadiness;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.features.Pipelines;
import kumiki.ml.model.Evaluation;
import kumiki.ml.model.FloatModel;
import kumiki.ml.quant.ModelReport;
import kumiki.ml.quant.QuantizedModel;
import kumiki.ml.quant.Quantizer;
import kumiki.ml.quant.TfliteReader;
import kumiki.ml.quant.TfliteWriter;
import kumiki.ml.train.CrossValidation;
import kumiki.ml.train.EpochProgress;
import kumiki.ml.train.Trainer;
import kumiki.ml.train.TrainingOptions;
import kumiki.ml.train.TrainingWindows;

/**
 * Trains a model on examples in memory, the way the wizard does with a project's {@code data/} and
 * {@code kumiki train} with a folder: check the examples, keep an honest test aside, pick the
 * pipeline (or try those that suit the sensor), train on the device's windows and their augmented
 * copies, quantize, test the int8 model, and list examples that look mislabelled.
 */
public final class ModelTraining {
    private ModelTraining() {
    }

    /**
     * @param pipeline     a pipeline's name, or {@link Pipelines#AUTO}
     * @param augment      make changed copies of the training examples (on unless a test wants the bare data)
     * @param learningRate the optimizer's step (the expert drawer's setting)
     * @param windowMs     the pipeline's window, 0 for its standard one (see {@link Pipelines#tuned})
     * @param strideMs     how often the board classifies, 0 for the pipeline's standard stride
     */
    public record Plan(String pipeline, int maxEpochs, long seed, boolean augment, float learningRate,
                       int windowMs, int strideMs) {
        public Plan {
            if (!(learningRate > 0 && learningRate <= 1)) {
                throw new IllegalArgumentException("The learning rate must be above 0 and at most 1, not " + learningRate);
            }
            if (maxEpochs < 1) {
                throw new IllegalArgumentException("Train at least one epoch, not " + maxEpochs);
            }
        }

        /** The standard learning rate, window and stride. */
        public Plan(String pipeline, int maxEpochs, long seed, boolean augment) {
            this(pipeline, maxEpochs, seed, augment, TrainingOptions.defaults(seed).learningRate(), 0, 0);
        }

        public static Plan of(String pipeline, long seed) {
            return new Plan(pipeline, TrainingOptions.defaults(seed).maxEpochs(), seed, true);
        }
    }

    /** How far training is (0..1) and what it is doing; {@code epoch} is set while a model trains. */
    public record Progress(double fraction, Sentence step, EpochProgress epoch) {
    }

    /** A pipeline that {@code auto} tried: its cross-validated accuracy, and whether it fits the board. */
    public record Candidate(String pipeline, double crossValidation, boolean fits, Sentence overBudget) {
    }

    /** An example that looks wrong for its label: like another label, or unlike the rest of its own. */
    public record Unlike(String file, String label, String looksLike) {
        public Sentence sentence() {
            String name = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
            return looksLike == null ? new Sentence("unlike.farFromLabel", name, label)
                    : new Sentence("unlike.looksLike", name, looksLike, label);
        }
    }

    /**
     * What training made. Metrics are null when there was no test: {@code crossValidation} is then
     * the estimate from the training examples themselves (NaN if none could be made).
     */
    public record Result(ModelPackage model, byte[] tflite, List<DatasetIssue> warnings, HoldOut.Split split,
                         Evaluation floatMetrics, Evaluation int8Metrics, double crossValidation,
                         List<Candidate> candidates, List<Unlike> unlike, ModelReport report, double seconds, int epochs) {
    }

    public static Result train(List<Sample> samples, Plan plan, Consumer<Progress> progress, BooleanSupplier cancelled)
            throws ModelPackage.NotTrainable {
        long start = System.nanoTime();
        Dataset dataset = new Dataset(samples, List.of());
        TrainingReadiness.Result ready = TrainingReadiness.check(dataset);
        if (!ready.canTrain()) {
            throw new ModelPackage.NotTrainable(ready.problems());
        }
        List<String> labels = dataset.labels();
        List<String> names = plan.pipeline().equals(Pipelines.AUTO)
                ? Pipelines.candidatesFor(samples.get(0).channels()) : List.of(plan.pipeline());
        List<FeaturePipeline> pipelines = names.stream()
                .map(n -> Pipelines.tuned(n, plan.windowMs(), plan.strideMs())).toList();
        HoldOut.Split split = HoldOut.split(samples);
        TrainingOptions options = TrainingOptions.defaults(plan.seed()).withMaxEpochs(plan.maxEpochs())
                .withLearningRate(plan.learningRate());
        List<float[]> backgrounds = new ArrayList<>();

        // Auto: rank the candidates that fit the board by cross-validation on the training examples.
        List<Candidate> candidates = new ArrayList<>();
        Map<String, TrainingWindows> windowsOf = new LinkedHashMap<>();
        boolean searching = pipelines.size() > 1;
        double searchShare = searching ? 0.6 : 0.0;
        FeaturePipeline chosen = pipelines.get(0);
        double best = -1;
        for (int i = 0; i < pipelines.size(); i++) {
            FeaturePipeline p = pipelines.get(i);
            double from = searchShare * i / pipelines.size();
            double to = searchShare * (i + 1) / pipelines.size();
            progress.accept(new Progress(from, searching ? new Sentence("progress.checking", p.name(), i + 1, pipelines.size())
                    : new Sentence("progress.reading"), null));
            backgrounds = backgroundsAt(p, split.train());
            TrainingWindows windows = new TrainingWindows(p, split.train(), labels,
                    plan.augment() ? Augmentation.forPipeline(p, backgrounds) : null, plan.seed(), cancelled);
            windowsOf.put(p.name(), windows);
            if (!searching) {
                break;
            }
            Sentence over = overBudget(p, labels, windows, plan.seed());
            double accuracy = over != null ? Double.NaN : CrossValidation.accuracy(windows, split.train(), split.groups(),
                    labels, options, f -> progress.accept(new Progress(from + (to - from) * f,
                            new Sentence("progress.checking", p.name(), pipelines.indexOf(p) + 1, pipelines.size()), null)),
                    cancelled);
            candidates.add(new Candidate(p.name(), accuracy, over == null, over));
            if (over == null && accuracy > best) {
                best = accuracy;
                chosen = p;
            }
        }
        FeaturePipeline pipeline = chosen;
        TrainingWindows windows = windowsOf.get(pipeline.name());

        progress.accept(new Progress(searchShare, new Sentence("progress.training", pipeline.name()), null));
        List<Sample> validation = TrainingWindows.validationShare(split.train(), options.validationShare(), plan.seed());
        List<Sample> fit = split.train().stream().filter(s -> !validation.contains(s)).toList();
        TrainingWindows.Rows rows = windows.rows(fit, validation);
        int[] epochsRun = {0};
        boolean[] finite = {true};
        double trainingShare = split.tested() ? 0.95 : 0.8;
        FloatModel floatModel = Trainer.train(pipeline.outputShape(), rows.x(), rows.y(), rows.trainIdx(), rows.valIdx(),
                labels, options, e -> {
                    epochsRun[0] = e.epoch();
                    finite[0] &= Float.isFinite(e.loss());
                    progress.accept(new Progress(searchShare + (trainingShare - searchShare) * e.epoch() / e.maxEpochs(),
                            new Sentence("progress.training", pipeline.name()), e));
                }, cancelled);
        if (!finite[0] || !allFinite(floatModel.mean()) || !allFinite(floatModel.scale())) {
            throw new ModelPackage.NotTrainable(List.of(new DatasetIssue("", 0, true, "train.notFinite")));
        }
        QuantizedModel quantized = Quantizer.quantize(floatModel, Arrays.asList(rows.x()));
        if (!ModelPackage.quantizationFinite(quantized)) {
            throw new ModelPackage.NotTrainable(List.of(new DatasetIssue("", 0, true, "train.notFinite")));
        }
        byte[] tflite = TfliteWriter.write(quantized, "Kumiki " + pipeline.name() + " model: " + String.join(", ", labels));
        // Test the int8 model exactly as it will be stored.
        QuantizedModel stored = TfliteReader.read(tflite, labels);
        ModelPackage pkg = new ModelPackage(pipeline, floatModel.mean(), floatModel.scale(), stored, tflite.length, null);

        progress.accept(new Progress(trainingShare, new Sentence("progress.testing"), null));
        Evaluation floatMetrics = null;
        Evaluation int8Metrics = null;
        double crossValidation = Double.NaN;
        if (split.tested()) {
            List<Sample> test = split.test();
            int[] truth = new int[test.size()];
            int[] floatPredicted = new int[test.size()];
            int[] int8Predicted = new int[test.size()];
            for (int i = 0; i < test.size(); i++) {
                float[] f = pipeline.extract(test.get(i));
                truth[i] = labels.indexOf(test.get(i).label());
                floatPredicted[i] = FloatModel.argmax(floatModel.probabilities(f));
                int8Predicted[i] = FloatModel.argmax(pkg.certainties(f));
            }
            floatMetrics = Evaluation.of(labels, truth, floatPredicted);
            int8Metrics = Evaluation.of(labels, truth, int8Predicted);
        } else {
            crossValidation = candidates.stream().filter(c -> c.pipeline().equals(pipeline.name()))
                    .mapToDouble(Candidate::crossValidation).findFirst()
                    .orElseGet(() -> CrossValidation.accuracy(windows, split.train(), split.groups(), labels, options,
                            f -> { }, cancelled));
        }
        List<Unlike> unlike = unlike(pipeline, windows, samples, labels, floatModel);
        ModelReport report = pkg.report();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<DatasetIssue> warnings = new ArrayList<>(ready.warnings());
        Result result = new Result(pkg, tflite, warnings, split, floatMetrics, int8Metrics, crossValidation,
                List.copyOf(candidates), unlike, report, seconds, epochsRun[0]);
        pkg = pkg.withJson(ModelJson.of(result, floatModel, plan,
                plan.augment() ? Augmentation.forPipeline(pipeline, backgroundsAt(pipeline, split.train())).describe() : null,
                rows.trainIdx().length));
        progress.accept(new Progress(1, new Sentence("progress.testing"), null));
        return new Result(pkg, tflite, warnings, split, floatMetrics, int8Metrics, crossValidation,
                List.copyOf(candidates), unlike, report, seconds, epochsRun[0]);
    }

    /** The project's background recordings at the pipeline's rate, for mixing into sound. */
    private static List<float[]> backgroundsAt(FeaturePipeline p, List<Sample> train) {
        List<float[]> out = new ArrayList<>();
        if (!p.channels().equals(List.of("audio"))) {
            return out;
        }
        for (Sample s : train) {
            if (Labels.isBackground(s.label())) {
                out.add(p.atRate(s)[0]);
            }
        }
        return out;
    }

    /** Null when the pipeline's model fits the board's budget for its sensor, else what is over. */
    static Sentence overBudget(FeaturePipeline p, List<String> labels, TrainingWindows windows, long seed) {
        FloatModel untrained = Trainer.untrained(p.outputShape(), labels, seed);
        List<float[]> calibration = new ArrayList<>();
        calibration.add(new float[p.outputSize()]);
        QuantizedModel q = Quantizer.quantize(untrained, calibration);
        ModelReport r = ModelReport.of(q, TfliteWriter.write(q, "budget").length);
        BoardBudget budget = BoardBudget.forPipeline(p);
        String over = budget.over(r);
        return over == null ? null : new Sentence("auto.overBudget", p.name(), over);
    }

    /**
     * Examples that look wrong for their label, among all of the child's examples: the model puts them
     * firmly under another label, or they lie nearer another label's centre than their own (their own
     * centre taken without them), or far from the rest of their label.
     */
    static List<Unlike> unlike(FeaturePipeline pipeline, TrainingWindows windows, List<Sample> all, List<String> labels,
                               FloatModel model) {
        int size = pipeline.outputSize();
        int classes = labels.size();
        float[][] features = new float[all.size()][];
        int[] label = new int[all.size()];
        double[][] sum = new double[classes][size];
        int[] count = new int[classes];
        for (int k = 0; k < all.size(); k++) {
            Sample s = all.get(k);
            TrainingWindows.Recording r = windows.of(s);
            float[] raw = r != null ? r.centred() : pipeline.extract(s);
            features[k] = model.normalize(raw);
            label[k] = labels.indexOf(s.label());
            count[label[k]]++;
            for (int i = 0; i < size; i++) {
                sum[label[k]][i] += features[k][i];
            }
        }
        double[] ownDistance = new double[all.size()];
        int[] nearestOther = new int[all.size()];
        double[] otherDistance = new double[all.size()];
        for (int k = 0; k < all.size(); k++) {
            otherDistance[k] = Double.MAX_VALUE;
            for (int c = 0; c < classes; c++) {
                int n = count[c] - (c == label[k] ? 1 : 0);
                if (n <= 0) {
                    continue;
                }
                double d = 0;
                for (int i = 0; i < size; i++) {
                    double centre = (sum[c][i] - (c == label[k] ? features[k][i] : 0)) / n;
                    d += (features[k][i] - centre) * (features[k][i] - centre);
                }
                d = Math.sqrt(d);
                if (c == label[k]) {
                    ownDistance[k] = d;
                } else if (d < otherDistance[k]) {
                    otherDistance[k] = d;
                    nearestOther[k] = c;
                }
            }
        }
        // Distances to a label's centre mean something for feature vectors (spectral, robust); for a raw
        // window or a spectrogram, the same word a little later is far away, so only the model judges.
        boolean byCentre = pipeline.outputShape().length == 1;
        List<Unlike> out = new ArrayList<>();
        for (int k = 0; k < all.size() && out.size() < MAX_UNLIKE; k++) {
            Sample s = all.get(k);
            float[] p = model.probabilities(windows.of(s) != null ? windows.of(s).centred() : pipeline.extract(s));
            int predicted = FloatModel.argmax(p);
            if (predicted != label[k] && p[predicted] > 0.6) {
                out.add(new Unlike(s.file(), s.label(), labels.get(predicted)));
            } else if (!byCentre) {
                continue;
            } else if (count[label[k]] > 2 && otherDistance[k] < NEARER * ownDistance[k] && predicted == nearestOther[k]) {
                // Nearer another label's centre, and the model too leans that way: two signs, not one.
                out.add(new Unlike(s.file(), s.label(), labels.get(nearestOther[k])));
            } else if (count[label[k]] >= 4 && ownDistance[k] > FAR * median(ownDistance, label, label[k])) {
                out.add(new Unlike(s.file(), s.label(), null));
            }
        }
        return List.copyOf(out);
    }

    private static double median(double[] distances, int[] label, int of) {
        double[] mine = java.util.stream.IntStream.range(0, distances.length).filter(k -> label[k] == of)
                .mapToDouble(k -> distances[k]).sorted().toArray();
        return mine[mine.length / 2];
    }

    static final int MAX_UNLIKE = 20;
    /** Nearer another label's centre than this share of the distance to its own. */
    static final double NEARER = 0.8;
    /** Farther from its own centre than this many times its label's median distance. */
    static final double FAR = 3.5;

    private static boolean allFinite(float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
