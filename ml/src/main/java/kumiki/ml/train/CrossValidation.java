package kumiki.ml.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kumiki.ml.dataset.Sample;
import kumiki.ml.model.FloatModel;

/**
 * How well a pipeline would do on examples it has not seen, judged on the child's own data: the
 * training examples are dealt into folds by recording group (a session, or one recording with its
 * copies), each fold is predicted by a model trained on the others.
 */
public final class CrossValidation {
    public static final int FOLDS = 3;
    /** Folds train with fewer epochs than the final model: they only rank the candidates. */
    public static final int FOLD_EPOCHS = 40;

    private CrossValidation() {
    }

    /** Share of the held-out recordings predicted right (their centred window), over all folds. */
    public static double accuracy(TrainingWindows windows, List<Sample> samples, Map<String, String> groups,
                                  List<String> labels, TrainingOptions options, Consumer<Double> progress,
                                  BooleanSupplier cancelled) {
        List<String> names = new ArrayList<>(new TreeSet<>(groups.values()));
        int folds = Math.min(FOLDS, names.size());
        int correct = 0;
        int total = 0;
        for (int f = 0; f < folds; f++) {
            List<Sample> train = new ArrayList<>();
            List<Sample> test = new ArrayList<>();
            for (Sample s : samples) {
                int fold = names.indexOf(groups.getOrDefault(s.file(), s.file())) % folds;
                (fold == f ? test : train).add(s);
            }
            if (train.stream().map(Sample::label).distinct().count() < labels.size() || test.isEmpty()) {
                continue;
            }
            List<Sample> validation = TrainingWindows.validationShare(train, options.validationShare(), options.seed() + f);
            List<Sample> fit = train.stream().filter(s -> !validation.contains(s)).toList();
            TrainingWindows.Rows rows = windows.rows(fit, validation);
            FloatModel model = Trainer.train(windows.pipeline().outputShape(), rows.x(), rows.y(), rows.trainIdx(),
                    rows.valIdx(), labels, options.withMaxEpochs(Math.min(options.maxEpochs(), FOLD_EPOCHS)), e -> { },
                    cancelled);
            for (Sample s : test) {
                TrainingWindows.Recording r = windows.of(s);
                total++;
                if (FloatModel.argmax(model.probabilities(r.centred())) == r.label()) {
                    correct++;
                }
            }
            progress.accept((f + 1) / (double) folds);
        }
        return total == 0 ? Double.NaN : correct / (double) total;
    }
}
