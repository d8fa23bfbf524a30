package kumiki.ml.recognise;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Continuous recognition, as the sketch does it on the board: every stride the newest window is
 * classified, and a label becomes the recognised one when it is the most certain and above its
 * threshold in {@code agree} of the last {@code of} windows. "Recognised" fires once when a label
 * becomes the recognised one, "stops" when it no longer is. Smoothing keeps one jittery window from
 * firing an event, or from breaking one gesture into two.
 */
public final class Recognizer {
    public static final double THRESHOLD = 0.7;
    public static final int AGREE = 2;
    public static final int OF = 3;

    private final List<String> labels;
    private final double[] thresholds;
    private final int agree;
    private final int of;
    private final Deque<Integer> last = new ArrayDeque<>();
    private int recognised = -1;

    public Recognizer(List<String> labels, double threshold, int agree, int of) {
        if (agree < 1 || of < agree) {
            throw new IllegalArgumentException("smoothing needs 1 <= agree <= of");
        }
        this.labels = List.copyOf(labels);
        this.thresholds = new double[labels.size()];
        Arrays.fill(thresholds, threshold);
        this.agree = agree;
        this.of = of;
    }

    public static Recognizer standard(List<String> labels) {
        return new Recognizer(labels, THRESHOLD, AGREE, OF);
    }

    /** What happened after one window: the label that started or stopped being recognised, or none. */
    public record Change(String started, String stopped) {
    }

    public void setThreshold(String label, double certainty) {
        thresholds[labels.indexOf(label)] = certainty;
    }

    /** Feeds one window's certainties (in label order); says which label started or stopped. */
    public Change next(float[] certainty) {
        int best = 0;
        for (int i = 1; i < certainty.length; i++) {
            if (certainty[i] > certainty[best]) {
                best = i;
            }
        }
        last.addLast(certainty[best] >= thresholds[best] ? best : -1);
        if (last.size() > of) {
            last.removeFirst();
        }
        int votes = 0;
        for (int l : last) {
            if (l == best) {
                votes++;
            }
        }
        int now = votes >= agree && last.peekLast() == best ? best : recognised;
        if (recognised >= 0 && now == recognised) {
            // The recognised label holds while it keeps winning windows now and then.
            int still = 0;
            for (int l : last) {
                if (l == recognised) {
                    still++;
                }
            }
            if (still == 0) {
                now = -1;
            }
        }
        if (now == recognised) {
            return new Change(null, null);
        }
        String stopped = recognised >= 0 ? labels.get(recognised) : null;
        recognised = now;
        return new Change(now >= 0 ? labels.get(now) : null, stopped);
    }

    /** "" while nothing is recognised. */
    public String recognised() {
        return recognised >= 0 ? labels.get(recognised) : "";
    }

    public LinkedHashMap<String, Object> describe(int strideMs) {
        LinkedHashMap<String, Object> d = new LinkedHashMap<>();
        d.put("windowStrideMs", strideMs);
        d.put("threshold", THRESHOLD);
        d.put("agree", agree);
        d.put("of", of);
        return d;
    }
}
