package kumiki.ml.features;

import java.util.List;

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
}
