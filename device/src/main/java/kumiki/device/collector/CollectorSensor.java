package kumiki.device.collector;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kumiki.device.protocol.SampleFormat;

/**
 * A sensor the collector can stream, with the columns it writes into the dataset
 * (the same names the feature pipelines read) and the rates it can keep up.
 */
public record CollectorSensor(String name, String pin, List<String> columns, SampleFormat format,
                              double defaultRate, double minRate, double maxRate) {

    public static final int MIC_RATE = BoardParts.microphoneRate();
    /** Audio readings per data line: 256 bytes of PCM, about 360 bytes on the wire. */
    public static final int MIC_CHUNK = 128;
    private static final Pattern ANALOG = Pattern.compile("analog:(A[0-8])");

    public static CollectorSensor accel() {
        return new CollectorSensor("accel", "", List.of("accX", "accY", "accZ"), SampleFormat.CSV, 62.5, 1, 400);
    }

    public static CollectorSensor light() {
        return new CollectorSensor("light", "WIO_LIGHT", List.of("value"), SampleFormat.CSV, 50, 1, 1000);
    }

    public static CollectorSensor analog(String pin) {
        return new CollectorSensor("analog:" + pin, pin, List.of("value"), SampleFormat.CSV, 50, 1, 1000);
    }

    public static CollectorSensor mic() {
        return new CollectorSensor("mic", "WIO_MIC", List.of("value"), SampleFormat.PCM16, MIC_RATE, MIC_RATE, MIC_RATE);
    }

    /** Parses {@code accel}, {@code light}, {@code mic} or {@code analog:A0}..{@code analog:A8}; null if none. */
    public static CollectorSensor parse(String spec) {
        String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "accel":
                return accel();
            case "light":
                return light();
            case "mic":
                return mic();
            default:
                Matcher m = ANALOG.matcher(spec == null ? "" : spec.trim());
                return m.matches() ? analog(m.group(1)) : null;
        }
    }

    public int chunk() {
        return format == SampleFormat.PCM16 ? MIC_CHUNK : 1;
    }

    /** Arduino libraries the collector sketch needs beyond the board core. */
    public java.util.List<kumiki.codegen.Library> libraries() {
        return name.equals("accel") ? java.util.List.of(BoardParts.accelerometerLibrary()) : java.util.List.of();
    }

    public boolean acceptsRate(double rate) {
        return rate >= minRate && rate <= maxRate;
    }
}
