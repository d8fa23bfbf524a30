package kumiki.ml.features;

import java.util.LinkedHashMap;
import java.util.List;

/** What every pipeline shares: a name, the channels it reads, its rate and the window length. */
abstract class WindowedPipeline implements FeaturePipeline {
    private final String name;
    private final List<String> channels;
    final double rateHz;
    final int windowMs;

    WindowedPipeline(String name, List<String> channels, double rateHz, int windowMs) {
        this.name = name;
        this.channels = List.copyOf(channels);
        this.rateHz = rateHz;
        this.windowMs = windowMs;
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
    public int windowSamples() {
        return (int) Math.round(windowMs * rateHz / 1000.0);
    }

    /** rateHz and windowMs first, then the pipeline's own parameters. */
    @Override
    public LinkedHashMap<String, Object> parameters() {
        LinkedHashMap<String, Object> p = new LinkedHashMap<>();
        p.put("rateHz", rateHz);
        p.put("windowMs", windowMs);
        ownParameters(p);
        return p;
    }

    abstract void ownParameters(LinkedHashMap<String, Object> p);
}
