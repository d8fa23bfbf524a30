package kumiki.ml.features;

import java.util.List;

/** The pipelines Kumiki offers, by name. */
public final class Pipelines {
    public static final List<String> NAMES = List.of(MotionSpectral.NAME, RawWindow.MOTION, AudioMfe.NAME, RawWindow.SIGNAL);

    private Pipelines() {
    }

    public static FeaturePipeline standard(String name) {
        return switch (name) {
            case MotionSpectral.NAME -> MotionSpectral.standard();
            case RawWindow.MOTION -> RawWindow.motion();
            case RawWindow.SIGNAL -> RawWindow.signal();
            case AudioMfe.NAME -> AudioMfe.standard();
            default -> throw new IllegalArgumentException("Unknown pipeline '" + name + "'. Choose one of " + NAMES);
        };
    }
}
