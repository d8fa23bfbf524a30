package kumiki.device.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Kumiki's collector protocol, version 1 (docs/device-protocol.md): the words both ends use,
 * and the checksum that lets the desktop drop a line damaged on the cable.
 */
public final class CollectorProtocol {
    public static final int VERSION = 1;
    /** USB CDC ignores the speed; a real UART bridge would not, so both ends name it. */
    public static final int BAUD = 115200;
    /** Longer lines are not ours: a chunk of 128 audio samples is about 360 bytes. */
    public static final int MAX_LINE = 1024;

    public static final String HELLO = "HELLO";
    public static final String START = "START";
    public static final String STOP = "STOP";

    public static final String HELLO_PREFIX = "#KUMIKI ";
    public static final String STARTED = "#STARTED";
    public static final String STOPPED = "#STOPPED";
    public static final String ERROR_PREFIX = "#ERR ";
    /** The board's button C was pressed while it was not streaming: the child asks for a recording. */
    public static final String BUTTON_C = "#BUTTON C";
    public static final String DATA_PREFIX = "D,";

    private CollectorProtocol() {
    }

    /** XOR of every byte of {@code body}, as NMEA does: one table-free line of C on the device. */
    public static int checksum(CharSequence body) {
        int sum = 0;
        byte[] bytes = body.toString().getBytes(StandardCharsets.ISO_8859_1);
        for (byte b : bytes) {
            sum ^= b & 0xFF;
        }
        return sum;
    }

    /** A complete data line without its newline: {@code D,<seq>,<payload>*<CK>}. */
    public static String dataLine(long seq, String payload) {
        String body = DATA_PREFIX + Long.toUnsignedString(seq & 0xFFFFFFFFL) + "," + payload;
        return body + "*" + String.format(Locale.ROOT, "%02X", checksum(body));
    }
}
