package kumiki.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kumiki.ml.ModelPackage;
import kumiki.ml.ModelTraining;
import kumiki.ml.dataset.Sentence;
import kumiki.ml.dataset.DatasetIssue;
import kumiki.ml.train.EpochProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kumiki train}: dataset folder in, model.tflite and model.json out. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on a dataset folder (wave.001.csv, clap.003.wav...) and export it as int8 TFLite.")
public final class TrainCommand extends KumikiCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The dataset folder.")
    Path data;

    @Option(names = "--pipeline", defaultValue = "auto", paramLabel = "NAME",
            description = "Feature pipeline: auto (default: tries those that suit the sensor and keeps the best), "
                    + "motion-robust, motion-spectral, motion-raw, audio-mfe or signal-raw.")
    String pipeline;

    @Option(names = "--no-augment", description = "Train on the examples as recorded, without changed copies.")
    boolean noAugment;

    @Option(names = "--out", required = true, paramLabel = "MODELDIR", description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", defaultValue = "80", description = "At most this many epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--learning-rate", defaultValue = "0.005", paramLabel = "RATE",
            description = "The optimizer's step (default ${DEFAULT-VALUE}).")
    float learningRate;

    @Option(names = "--window-ms", defaultValue = "0", paramLabel = "MS",
            description = "A shorter window than the pipeline's own, down to a quarter of it (default: the pipeline's).")
    int windowMs;

    @Option(names = "--stride-ms", defaultValue = "0", paramLabel = "MS",
            description = "How often the board classifies, at most the window (default: the pipeline's).")
    int strideMs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for the split of training data, starting weights and batch order.")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            throw new BadInputException("There is no dataset folder at " + data);
        }
        PrintWriter err = spec.commandLine().getErr();
        ModelPackage.Trained t;
        try {
            ModelTraining.Plan plan = new ModelTraining.Plan(pipeline, epochs, seed, !noAugment, learningRate, windowMs, strideMs);
            t = ModelPackage.train(data, plan, out, p -> {
                if (!jsonOption.json) {
                    progress(err, p);
                }
            }, () -> false);
        } catch (ModelPackage.NotTrainable e) {
            DatasetIssue first = e.problems().get(0);
            String more = e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : "";
            throw new BadInputException(first.message(Locale.getDefault()).replaceFirst("^: ", "") + more);
        } catch (IllegalArgumentException | IOException e) {
            throw new BadInputException(e.getMessage());
        }
        if (jsonOption.json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("tflite", out.resolve("model.tflite").toString());
            n.put("json", out.resolve("model.json").toString());
            n.set("model", t.model().json());
            spec.commandLine().getOut().println(n);
        } else {
            err.println();
            var o = spec.commandLine().getOut();
            for (DatasetIssue issue : t.dataset().issues()) {
                o.println("  note: " + issue.message(Locale.getDefault()));
            }
            for (DatasetIssue w : t.warnings()) {
                o.println("  warning: " + w.message(Locale.getDefault()).replaceFirst("^: ", ""));
            }
            ModelTraining.Result r = t.result();
            Locale l = Locale.getDefault();
            o.printf(Locale.ROOT, "Trained %s on %d samples in %.1f s (%s, %d epochs).%n", String.join(", ", t.model().labels()),
                    r.split().train().size(), t.seconds(), t.model().pipeline().name(), t.epochs());
            for (ModelTraining.Candidate c : r.candidates()) {
                o.println("  " + (c.fits() ? String.format(Locale.ROOT, "%s: %.1f%% in cross-validation", c.pipeline(),
                        100 * c.crossValidation()) : c.overBudget().in(l)));
            }
            if (t.int8Metrics() != null) {
                o.printf(Locale.ROOT, "Test accuracy: float %.1f%%, int8 %.1f%% (%s)%n", 100 * t.floatMetrics().accuracy(),
                        100 * t.int8Metrics().accuracy(), r.split().description().in(l));
            } else {
                o.println("Test accuracy: " + r.split().description().in(l)
                        + (Double.isNaN(r.crossValidation()) ? ""
                        : new Sentence("split.crossValidated", Math.round(100 * r.crossValidation())).in(l)));
            }
            for (ModelTraining.Unlike u : r.unlike()) {
                o.println("  check: " + u.sentence().in(l));
            }
            ReportCommand.print(o, t.model());
            o.println("Wrote " + out.resolve("model.tflite") + " and model.json");
        }
        return KumikiCli.OK;
    }

    private static void progress(PrintWriter err, ModelTraining.Progress p) {
        EpochProgress e = p.epoch();
        String step = p.step().in(Locale.getDefault());
        ProgressBar.draw(err, p.fraction(), e == null ? step : String.format(Locale.ROOT,
                "%s: epoch %d/%d  loss %.3f  accuracy %.0f%%  validation %.0f%%", step, e.epoch(), e.maxEpochs(), e.loss(),
                100 * e.accuracy(), 100 * e.validationAccuracy()));
    }
}
