package kumiki.ml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import kumiki.ml.dataset.Sample;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.recognise.Recognizer;

/**
 * Classifies readings as they arrive, the way the board does: it keeps the newest window's worth of
 * readings, and every stride it runs the int8 model on the newest window and feeds the certainties to
 * a {@link Recognizer} with the certainty each label needs. The Teach wizard's "try it" step uses it on
 * a board's live stream and on a recorded stream played back.
 */
public final class LiveClassifier {
    /** One classified window: when it ended (seconds from the first reading), what the model said, and what is recognised. */
    public record Window(double seconds, float[] certainty, String recognised, Recognizer.Change change) {
    }

    private final ModelPackage model;
    private final FeaturePipeline pipeline;
    private final List<String> channels;
    private final double rateHz;
    private final Recognizer recognizer;
    /** Enough readings, at the stream's rate, for one window at the pipeline's rate and one more stride. */
    private final int keep;
    private final int stride;
    private final Deque<float[]> readings = new ArrayDeque<>();
    private long count;
    private long sinceLast;

    /**
     * @param channels the stream's columns (they may be in another order than the pipeline's)
     * @param rateHz   the stream's rate; readings are resampled to the pipeline's, as for training
     * @param needed   the certainty each label needs, in the model's label order
     */
    public LiveClassifier(ModelPackage model, List<String> channels, double rateHz, double[] needed) {
        if (!(rateHz > 0) || rateHz > 100_000) {
            throw new IllegalArgumentException("a stream's rate must be between 0 and 100 kHz, not " + rateHz);
        }
        this.model = model;
        this.pipeline = model.pipeline();
        this.channels = List.copyOf(channels);
        this.rateHz = rateHz;
        this.recognizer = Recognizer.standard(model.labels());
        for (int i = 0; i < needed.length && i < model.labels().size(); i++) {
            recognizer.setThreshold(model.labels().get(i), needed[i]);
        }
        double windowSeconds = pipeline.windowSamples() / pipeline.rateHz();
        double strideSeconds = pipeline.windowStrideSamples() / pipeline.rateHz();
        this.keep = (int) Math.ceil((windowSeconds + strideSeconds) * rateHz) + 2;
        this.stride = Math.max(1, (int) Math.round(strideSeconds * rateHz));
    }

    /** Adds one reading (one value per channel); returns the classified window when a stride has passed, else null. */
    public Window push(float[] reading) {
        if (reading.length != channels.size()) {
            throw new IllegalArgumentException("a reading has " + channels.size() + " values, not " + reading.length);
        }
        readings.addLast(reading.clone());
        if (readings.size() > keep) {
            readings.removeFirst();
        }
        count++;
        sinceLast++;
        int needed = (int) Math.ceil(pipeline.windowSamples() / pipeline.rateHz() * rateHz);
        if (readings.size() < needed || sinceLast < stride) {
            return null;
        }
        sinceLast = 0;
        float[][] values = new float[channels.size()][readings.size()];
        int t = 0;
        for (float[] r : readings) {
            for (int c = 0; c < r.length; c++) {
                values[c][t] = r[c];
            }
            t++;
        }
        float[][] signal = pipeline.atRate(new Sample("live", "live", channels, rateHz, values));
        int start = Math.max(0, signal[0].length - pipeline.windowSamples());
        float[] certainty = model.certainties(pipeline.features(pipeline.windowAt(signal, start)));
        Recognizer.Change change = recognizer.next(certainty);
        return new Window(count / rateHz, certainty, recognizer.recognised(), change);
    }
}
