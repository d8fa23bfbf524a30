package kumiki.ml.features;

import java.util.List;
import java.util.stream.Stream;

/** The pipelines Kumiki offers, by name. */
public final class Pipelines {
    public static final List<String> NAMES = List.of(MotionSpectral.NAME, RawWindow.MOTION, MotionRobust.NAME,
            AudioMfe.NAME, RawWindow.SIGNAL);

    private Pipelines() {
    }

    /** Chooses among {@link #candidatesFor} by cross-validation on the child's own examples. */
    public static final String AUTO = "auto";

    /** The pipelines that suit recordings with these channels, the one most likely to win first. */
    public static List<String> candidatesFor(List<String> channels) {
        if (channels.equals(List.of("audio"))) {
            return List.of(AudioMfe.NAME);
        }
        if (channels.equals(MotionRobust.standard().channels())) {
            return List.of(MotionRobust.NAME, MotionSpectral.NAME, RawWindow.MOTION);
        }
        return List.of(RawWindow.SIGNAL);
    }

    public static FeaturePipeline standard(String name) {
        return switch (name) {
            case MotionSpectral.NAME -> MotionSpectral.standard();
            case RawWindow.MOTION -> RawWindow.motion();
            case MotionRobust.NAME -> MotionRobust.standard();
            case RawWindow.SIGNAL -> RawWindow.signal();
            case AudioMfe.NAME -> AudioMfe.standard();
            default -> throw new IllegalArgumentException("Unknown pipeline '" + name + "'. Choose one of " + NAMES);
        };
    }

    /**
     * A standard pipeline with another window or stride (0 keeps the standard one). The window may
     * shrink to a quarter of the standard one but not grow: a longer window would outgrow the
     * motion pipelines' FFT and the board's buffer of readings, which were sized for the standard one.
     */
    public static FeaturePipeline tuned(String name, int windowMs, int strideMs) {
        FeaturePipeline p = standard(name);
        int window = windowMs == 0 ? p.windowMs() : windowMs;
        int stride = strideMs == 0 ? p.windowStrideMs() : strideMs;
        if (window == p.windowMs() && stride == p.windowStrideMs()) {
            return p;
        }
        if (window < p.windowMs() / 4 || window > p.windowMs()) {
            throw new IllegalArgumentException("The " + name + " window must be between " + p.windowMs() / 4
                    + " and " + p.windowMs() + " ms, not " + window);
        }
        return p.withWindow(window, stride);
    }

    /** The windows the wizard offers: half, three quarters and all of the standard one, in ms. */
    public static List<Integer> windowChoices(String name) {
        int w = standard(name).windowMs();
        return List.of(w / 2, w * 3 / 4, w);
    }

    /** The strides the wizard offers for a window, in ms: how often the board looks again. */
    public static List<Integer> strideChoices(int windowMs) {
        return Stream.of(100, 250, 500).filter(s -> s <= windowMs).toList();
    }
}
