package kumiki.ml.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The samples of a dataset folder, with what was wrong with the files that were left out. */
public record Dataset(List<Sample> samples, List<DatasetIssue> issues) {

    /** Labels in a stable (sorted) order: the model's output order. */
    public List<String> labels() {
        return new ArrayList<>(counts().keySet());
    }

    public Map<String, Integer> counts() {
        return countsOf(samples);
    }

    /** Examples per label, labels sorted. */
    public static Map<String, Integer> countsOf(List<Sample> samples) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Sample s : samples) {
            counts.merge(s.label(), 1, Integer::sum);
        }
        return counts;
    }

    /** The sample rate shared by the samples (they are resampled to one rate when read). */
    public double rateHz() {
        return samples.isEmpty() ? 0 : samples.get(0).rateHz();
    }
}
