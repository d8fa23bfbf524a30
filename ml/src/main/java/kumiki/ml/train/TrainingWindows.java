package kumiki.ml.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import kumiki.ml.augment.Augmentation;
import kumiki.ml.dataset.Sample;
import kumiki.ml.features.FeaturePipeline;

/**
 * The features Kumiki trains on, recording by recording: the windows the device would see in the
 * recording (a stride apart) and those of its augmented copies. Worked out once per pipeline, so
 * cross-validation folds and the final training only choose among them.
 */
public final class TrainingWindows {
    /** One recording's rows: {@code windows} as the device sees it, {@code copies} from augmentation. */
    public record Recording(Sample sample, int label, float[][] windows, float[][] copies) {
        /** The window the device sees when the recording is centred in it: the one tests are judged on. */
        public float[] centred() {
            return windows[windows.length / 2];
        }
    }

    private final FeaturePipeline pipeline;
    private final Map<Sample, Recording> recordings = new LinkedHashMap<>();

    /**
     * @param augmentation null for none
     * @param seed         with the file name, seeds each recording's copies: the same copies in every fold
     */
    public TrainingWindows(FeaturePipeline pipeline, List<Sample> samples, List<String> labels,
                           Augmentation augmentation, long seed, BooleanSupplier cancelled) {
        this.pipeline = pipeline;
        for (Sample s : samples) {
            if (cancelled.getAsBoolean()) {
                throw new TrainingCancelledException();
            }
            float[][] signal = pipeline.atRate(s);
            int length = signal[0].length;
            int[] starts = pipeline.deviceStarts(length, pipeline.windowsPerRecording());
            float[][] windows = new float[starts.length][];
            for (int i = 0; i < starts.length; i++) {
                windows[i] = pipeline.features(pipeline.windowAt(signal, starts[i]));
            }
            float[][] copies = new float[augmentation == null ? 0 : Augmentation.COPIES][];
            Random random = new Random(seed * 1_000_003L + s.file().hashCode());
            for (int k = 0; k < copies.length; k++) {
                Augmentation.Copy copy = augmentation.copy(signal, random);
                int copyLength = copy.signal()[0].length;
                int[] copyStarts = pipeline.deviceStarts(copyLength, pipeline.windowsPerRecording());
                int start = copyStarts[random.nextInt(copyStarts.length)] + copy.shift();
                copies[k] = pipeline.features(pipeline.windowAt(copy.signal(), start));
            }
            recordings.put(s, new Recording(s, labels.indexOf(s.label()), windows, copies));
        }
    }

    public Recording of(Sample s) {
        return recordings.get(s);
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    /** Rows for {@link Trainer}: every window and copy of {@code train}, the device windows of {@code validation}. */
    public record Rows(float[][] x, int[] y, int[] trainIdx, int[] valIdx) {
    }

    public Rows rows(List<Sample> train, List<Sample> validation) {
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Sample s : train) {
            Recording r = recordings.get(s);
            for (float[] w : r.windows()) {
                x.add(w);
                y.add(r.label());
            }
            for (float[] w : r.copies()) {
                x.add(w);
                y.add(r.label());
            }
        }
        int trainRows = x.size();
        for (Sample s : validation) {
            Recording r = recordings.get(s);
            for (float[] w : r.windows()) {
                x.add(w);
                y.add(r.label());
            }
        }
        int[] trainIdx = new int[trainRows];
        for (int i = 0; i < trainRows; i++) {
            trainIdx[i] = i;
        }
        int[] valIdx = new int[x.size() - trainRows];
        for (int i = 0; i < valIdx.length; i++) {
            valIdx[i] = trainRows + i;
        }
        return new Rows(x.toArray(float[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), trainIdx, valIdx);
    }

    /**
     * A seeded share of the recordings, kept apart to decide when training stops; at least one, and
     * never the last of a label.
     */
    public static List<Sample> validationShare(List<Sample> samples, double share, long seed) {
        List<Sample> order = new ArrayList<>(samples);
        java.util.Collections.shuffle(order, new Random(seed));
        int wanted = Math.max(1, (int) Math.round(samples.size() * share));
        Map<String, Integer> left = kumiki.ml.dataset.Dataset.countsOf(samples);
        List<Sample> out = new ArrayList<>();
        for (Sample s : order) {
            if (out.size() >= wanted) {
                break;
            }
            if (left.get(s.label()) > 1) {
                left.merge(s.label(), -1, Integer::sum);
                out.add(s);
            }
        }
        return out;
    }
}
