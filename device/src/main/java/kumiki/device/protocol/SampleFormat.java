package kumiki.device.protocol;

/** How a data line carries readings. */
public enum SampleFormat {
    /** One reading per line, one decimal field per column. */
    CSV("csv"),
    /** {@code chunk} readings per line: signed 16-bit little-endian, base64. For the 16 kHz microphone. */
    PCM16("pcm16");

    private final String wireName;

    SampleFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static SampleFormat fromWire(String name) {
        for (SampleFormat f : values()) {
            if (f.wireName.equals(name)) {
                return f;
            }
        }
        return null;
    }
}
