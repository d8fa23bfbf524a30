package kumiki.ml;

import java.util.List;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.quant.ModelReport;

/**
 * What a model may take on the Wio Terminal beside a child's program: the screen, sound and the
 * sketch's own buffers need the rest. Motion and light models are small; sound needs a bigger arena
 * for its spectrogram.
 */
public record BoardBudget(int modelBytes, int arenaBytes) {
    public static final BoardBudget MOTION = new BoardBudget(20 * 1024, 10 * 1024);
    public static final BoardBudget SOUND = new BoardBudget(100 * 1024, 40 * 1024);

    public static BoardBudget forPipeline(FeaturePipeline p) {
        return p.channels().equals(List.of("audio")) ? SOUND : MOTION;
    }

    /** Null when the report fits, else what is over, in words such as "arena 12,345 B > 10,240 B". */
    public String over(ModelReport r) {
        if (r.modelBytes() > modelBytes) {
            return String.format("model %,d B > %,d B", r.modelBytes(), modelBytes);
        }
        if (r.arenaBytes() > arenaBytes) {
            return String.format("arena %,d B > %,d B", r.arenaBytes(), arenaBytes);
        }
        if (!r.fitsRam() || !r.fitsFlash()) {
            return "RAM or flash";
        }
        return null;
    }
}
