package kumiki.device.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hello line a collector sends: who it is and what it streams.
 * {@code #KUMIKI 1 board=wio_terminal sensor=accel rate=62.5 columns=accX,accY,accZ format=csv chunk=1}
 */
public record DeviceHello(int version, String board, String sensor, double rate, List<String> columns,
                          SampleFormat format, int chunk) {

    public DeviceHello {
        columns = List.copyOf(columns);
    }

    public String toLine() {
        return CollectorProtocol.HELLO_PREFIX + version + " board=" + board + " sensor=" + sensor + " rate="
                + formatRate(rate) + " columns=" + String.join(",", columns) + " format=" + format.wireName()
                + " chunk=" + chunk;
    }

    /** Readings per second as the device prints it: no trailing zeros. */
    public static String formatRate(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate)
                : String.format(Locale.ROOT, "%.3f", rate).replaceAll("0+$", "");
    }

    /**
     * Reads a hello line. Returns null when the line is not one; throws when it is one we cannot use
     * (another protocol version, a missing field), so the user hears why.
     */
    public static DeviceHello parse(String line) throws ProtocolException {
        if (!line.startsWith(CollectorProtocol.HELLO_PREFIX)) {
            return null;
        }
        String[] words = line.substring(CollectorProtocol.HELLO_PREFIX.length()).trim().split(" +");
        int version;
        try {
            version = Integer.parseInt(words[0]);
        } catch (NumberFormatException e) {
            throw new ProtocolException("device.hello.bad", line);
        }
        if (version != CollectorProtocol.VERSION) {
            throw new ProtocolException("device.hello.version", version, CollectorProtocol.VERSION);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq > 0) {
                fields.put(words[i].substring(0, eq), words[i].substring(eq + 1));
            }
        }
        try {
            double rate = Double.parseDouble(require(fields, "rate", line));
            SampleFormat format = SampleFormat.fromWire(fields.getOrDefault("format", "csv"));
            int chunk = Integer.parseInt(fields.getOrDefault("chunk", "1"));
            List<String> columns = List.of(require(fields, "columns", line).split(","));
            if (format == null || !(rate > 0) || rate > 100_000 || chunk < 1 || chunk > 512 || columns.isEmpty()
                    || format == SampleFormat.PCM16 && columns.size() != 1) {
                throw new ProtocolException("device.hello.bad", line);
            }
            return new DeviceHello(version, require(fields, "board", line), require(fields, "sensor", line), rate,
                    columns, format, chunk);
        } catch (NumberFormatException e) {
            throw new ProtocolException("device.hello.bad", line);
        }
    }

    private static String require(Map<String, String> fields, String key, String line) throws ProtocolException {
        String v = fields.get(key);
        if (v == null || v.isEmpty()) {
            throw new ProtocolException("device.hello.bad", line);
        }
        return v;
    }
}
