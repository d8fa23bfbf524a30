package kumiki.ml.features;

import java.util.LinkedHashMap;
import java.util.List;

/** What every pipeline shares: a name, the channels it reads, its rate, the window length and the stride. */
abstract class WindowedPipeline implements FeaturePipeline {
    private final String name;
    private final List<String> channels;
    final double rateHz;
    final int windowMs;
    final int windowStrideMs;
    /**
     * At most this many windows of one recording are trained on, a stride apart: enough to teach that a
     * gesture may sit anywhere in the window, few enough that long recordings do not outweigh short ones.
     */
    static final int WINDOWS_PER_RECORDING = 5;

    WindowedPipeline(String name, List<String> channels, double rateHz, int windowMs, int windowStrideMs) {
        this.name = name;
        this.channels = List.copyOf(channels);
        this.rateHz = rateHz;
        this.windowMs = windowMs;
        this.windowStrideMs = windowStrideMs;
        if (windowStrideMs < 1 || windowStrideMs > windowMs) {
            throw new IllegalArgumentException("The stride must be between 1 ms and the window (" + windowMs + " ms)");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<String> channels() {
        return channels;
    }

    @Override
    public double rateHz() {
        return rateHz;
    }

    @Override
    public int windowMs() {
        return windowMs;
    }

    @Override
    public int windowStrideMs() {
        return windowStrideMs;
    }

    @Override
    public int windowSamples() {
        return (int) Math.round(windowMs * rateHz / 1000.0);
    }

    @Override
    public int windowStrideSamples() {
        return Math.max(1, (int) Math.round(windowStrideMs * rateHz / 1000.0));
    }

    @Override
    public int windowsPerRecording() {
        return WINDOWS_PER_RECORDING;
    }

    /** rateHz, windowMs, windowStrideMs and windowsPerRecording first, then the pipeline's own parameters. */
    @Override
    public LinkedHashMap<String, Object> parameters() {
        LinkedHashMap<String, Object> p = new LinkedHashMap<>();
        p.put("rateHz", rateHz);
        p.put("windowMs", windowMs);
        p.put("windowStrideMs", windowStrideMs);
        p.put("windowsPerRecording", WINDOWS_PER_RECORDING);
        ownParameters(p);
        return p;
    }

    abstract void ownParameters(LinkedHashMap<String, Object> p);
}
