package kumiki.ml.augment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import kumiki.ml.dataset.Resample;

/**
 * Sound: said a moment earlier or later, louder or softer, a little faster or slower, and mixed with
 * the project's own background recordings (the room the class is in), where there are any.
 */
final class SoundAugmentation implements Augmentation {
    static final double MIN_GAIN = 0.6;
    static final double MAX_GAIN = 1.5;
    static final double MIN_SPEED = 0.92;
    static final double MAX_SPEED = 1.08;
    static final double MIX_CHANCE = 0.6;
    static final double MIN_MIX = 0.2;
    static final double MAX_MIX = 0.8;
    static final double SHIFT_MS = 150;

    private final double rateHz;
    private final List<float[]> backgrounds;

    SoundAugmentation(int windowSamples, double rateHz, List<float[]> backgrounds) {
        this.rateHz = rateHz;
        this.backgrounds = List.copyOf(backgrounds);
    }

    @Override
    public Copy copy(float[][] signal, Random random) {
        double speed = Augmentation.between(random, MIN_SPEED, MAX_SPEED);
        double gain = Augmentation.between(random, MIN_GAIN, MAX_GAIN);
        float[] v = Resample.toLength(signal[0], Math.max(2, (int) Math.round(signal[0].length / speed)));
        boolean mix = !backgrounds.isEmpty() && random.nextDouble() < MIX_CHANCE;
        float[] noise = mix ? backgrounds.get(random.nextInt(backgrounds.size())) : null;
        double level = mix ? Augmentation.between(random, MIN_MIX, MAX_MIX) : 0;
        int from = mix ? random.nextInt(Math.max(1, noise.length)) : 0;
        for (int t = 0; t < v.length; t++) {
            double x = v[t] * gain;
            if (mix && noise.length > 0) {
                x += level * noise[(from + t) % noise.length];
            }
            v[t] = (float) Math.max(-1, Math.min(1, x));
        }
        return new Copy(new float[][] {v}, Augmentation.shift(random, SHIFT_MS, rateHz));
    }

    @Override
    public LinkedHashMap<String, Object> describe() {
        LinkedHashMap<String, Object> d = new LinkedHashMap<>();
        d.put("kind", "sound");
        d.put("copies", COPIES);
        d.put("gain", new double[] {MIN_GAIN, MAX_GAIN});
        d.put("speed", new double[] {MIN_SPEED, MAX_SPEED});
        d.put("backgroundRecordings", backgrounds.size());
        d.put("backgroundChance", backgrounds.isEmpty() ? 0 : MIX_CHANCE);
        d.put("backgroundLevel", new double[] {MIN_MIX, MAX_MIX});
        d.put("shiftMs", SHIFT_MS);
        return d;
    }
}
