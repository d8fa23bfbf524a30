package kumiki.ml.augment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import kumiki.ml.features.FeaturePipeline;

/**
 * Changed copies of a training recording, as the next child might make it: held at another angle,
 * faster or slower, louder, in a noisier room. Copies are made from training examples only, never
 * from validation or test ones, and from a seeded {@link Random}, so a seed gives the same copies.
 */
public interface Augmentation {
    /** Copies made of each training recording, besides the recording itself. */
    int COPIES = 4;

    /**
     * A changed copy of {@code signal} ([channel][time] at the pipeline's rate), and how far its window
     * moves from where the device's window would be (time shift, in readings).
     */
    Copy copy(float[][] signal, Random random);

    /** The kind and its ranges, as stored in model.json. */
    LinkedHashMap<String, Object> describe();

    record Copy(float[][] signal, int shift) {
    }

    /**
     * The augmentation that suits the pipeline's sensor. {@code backgrounds} are the project's own
     * background recordings at the pipeline's rate, mixed into sound.
     */
    static Augmentation forPipeline(FeaturePipeline pipeline, List<float[]> backgrounds) {
        List<String> channels = pipeline.channels();
        if (channels.equals(List.of("audio"))) {
            return new SoundAugmentation(pipeline.windowSamples(), pipeline.rateHz(), backgrounds);
        }
        if (channels.size() == 3 && channels.get(0).startsWith("acc")) {
            return new MotionAugmentation(pipeline.windowSamples(), pipeline.rateHz());
        }
        return new SignalAugmentation(pipeline.windowSamples(), pipeline.rateHz());
    }

    /** A number drawn evenly from {@code low..high}. */
    static double between(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** A time shift of up to {@code maxMs} either way, in readings. */
    static int shift(Random random, double maxMs, double rateHz) {
        int max = (int) Math.round(maxMs * rateHz / 1000);
        return max == 0 ? 0 : random.nextInt(2 * max + 1) - max;
    }
}
