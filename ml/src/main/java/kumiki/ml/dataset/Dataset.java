package kumiki.ml.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /**
     * True for the ~20% of samples held out for testing. Decided by a hash of the
     * file name, so a sample stays on its side when others are added or removed.
     */
    public static boolean isTest(Sample sample) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sample.file().getBytes(StandardCharsets.UTF_8));
            int bucket = ((h[0] & 0xff) << 8 | (h[1] & 0xff)) % 100;
            return bucket < 20;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Sample> train() {
        return samples.stream().filter(s -> !isTest(s)).toList();
    }

    public List<Sample> test() {
        return samples.stream().filter(Dataset::isTest).toList();
    }
}
