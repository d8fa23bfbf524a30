package kumiki.ml.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whether a dataset can train a model: blocking problems and warnings, as dataset issues without a file. */
public final class TrainingReadiness {
    /** Training starts from this many examples of each label, as micro:bit CreateAI allows. */
    public static final int MIN_PER_CLASS = 3;
    /** Below this many, training works but a warning says more examples would help. */
    public static final int FEW_PER_CLASS = 10;
    /** More than this many times the smallest class is strong imbalance. */
    public static final double IMBALANCE_RATIO = 3.0;

    private TrainingReadiness() {
    }

    public record Result(List<DatasetIssue> problems, List<DatasetIssue> warnings) {
        public boolean canTrain() {
            return problems.isEmpty();
        }
    }

    public static Result check(Dataset dataset) {
        List<DatasetIssue> problems = new ArrayList<>();
        List<DatasetIssue> warnings = new ArrayList<>();
        Map<String, Integer> counts = dataset.counts();
        if (counts.size() < 2) {
            problems.add(new DatasetIssue("", 0, false, "training.oneClass", counts.size()));
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() < MIN_PER_CLASS) {
                problems.add(new DatasetIssue(e.getKey(), 0, false, "training.tooFew", e.getKey(), e.getValue(), MIN_PER_CLASS));
            } else if (e.getValue() < FEW_PER_CLASS) {
                warnings.add(new DatasetIssue(e.getKey(), 0, false, "training.few", e.getKey(), e.getValue(),
                        FEW_PER_CLASS - e.getValue()));
            }
        }
        if (counts.size() >= 2) {
            int min = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (min > 0 && max > IMBALANCE_RATIO * min) {
                String big = counts.entrySet().stream().filter(e -> e.getValue() == max).findFirst().orElseThrow().getKey();
                String small = counts.entrySet().stream().filter(e -> e.getValue() == min).findFirst().orElseThrow().getKey();
                warnings.add(new DatasetIssue("", 0, false, "training.imbalance", big, max, small, min));
            }
        }
        return new Result(problems, warnings);
    }
}
