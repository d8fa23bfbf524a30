package kumiki.ml.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kumiki.ml.dataset.Sample;

/**
 * The built-in examples a class can teach with when it has no boards, or wants to try the wizard
 * first: movements made up by {@link GestureGenerator} for three children who each hold the board
 * their own way. Because each child's recordings carry their own session tag, training keeps one
 * child's examples aside as the honest test, as it would for a real class.
 */
public final class SampleSet {
    /** The movements the set holds, as labels. */
    public static final List<String> MOTION_LABELS = GestureGenerator.GESTURES;
    static final int PEOPLE = 3;
    static final int PER_PERSON = 5;
    private static final long SEED = 1;

    private SampleSet() {
    }

    /**
     * A minute of movements, ten of them with rest between, by a child who is not among the three:
     * the stream the wizard plays back to try a model on when there is no board.
     */
    public static Sample stream() {
        return GestureGenerator.classroom(SEED, PEOPLE).stream(PEOPLE + 5, 60, 10, 5).sample();
    }

    /** File name ({@code wave.p1.1003.csv}) to CSV bytes, for the labels asked for that the set has. */
    public static Map<String, byte[]> motion(List<String> labels) {
        GestureGenerator generator = GestureGenerator.classroom(SEED, PEOPLE);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String gesture : MOTION_LABELS) {
            if (!labels.contains(gesture)) {
                continue;
            }
            for (int person = 0; person < PEOPLE; person++) {
                for (int n = 0; n < PER_PERSON; n++) {
                    var sample = generator.sample(gesture, person, person * 1000 + n);
                    files.put(sample.file(), GestureGenerator.csv(sample));
                }
            }
        }
        return files;
    }
}
