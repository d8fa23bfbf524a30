package kumiki.ml;

import java.util.ArrayList;
import java.util.List;
import kumiki.ml.dataset.Sample;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.recognise.Recognizer;

/**
 * A model run over a long recording the way the board runs it: a window slides over the stream, a
 * new one is classified with the int8 model every stride, and the {@link Recognizer} turns the
 * certainties into "recognised" and "stops" events.
 */
public final class LiveRecognition {
    /** Past this many windows a recording is not a stream a child made: stop there. */
    static final int MAX_WINDOWS = 1_000_000;

    private LiveRecognition() {
    }

    /** One event: at {@code seconds} (when the window that decided it ends), {@code label} started or stopped. */
    public record Event(double seconds, String label, boolean started) {
    }

    public static List<Event> run(ModelPackage model, Sample stream) {
        FeaturePipeline p = model.pipeline();
        float[][] signal = p.atRate(stream);
        Recognizer recognizer = Recognizer.standard(model.labels());
        List<Event> events = new ArrayList<>();
        int n = p.windowSamples();
        int windows = 0;
        for (int start = 0; start + n <= signal[0].length && windows < MAX_WINDOWS; start += p.windowStrideSamples()) {
            windows++;
            float[] certainty = model.certainties(p.features(p.windowAt(signal, start)));
            Recognizer.Change c = recognizer.next(certainty);
            double at = (start + n) / p.rateHz();
            if (c.stopped() != null) {
                events.add(new Event(at, c.stopped(), false));
            }
            if (c.started() != null) {
                events.add(new Event(at, c.started(), true));
            }
        }
        return events;
    }
}
