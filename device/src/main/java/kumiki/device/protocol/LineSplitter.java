package kumiki.device.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts the byte stream into lines. A line longer than {@link CollectorProtocol#MAX_LINE} is dropped
 * and counted instead of growing without end; a line still open when the link goes away is a
 * partial line and never delivered.
 */
public final class LineSplitter {
    private final ByteArrayOutputStream current = new ByteArrayOutputStream(256);
    private final Consumer<String> sink;
    private boolean overflowing;
    private long overlongLines;

    public LineSplitter(Consumer<String> sink) {
        this.sink = sink;
    }

    public void accept(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
            if (b == '\n') {
                if (overflowing) {
                    overflowing = false;
                } else {
                    byte[] bytes = current.toByteArray();
                    int end = bytes.length;
                    if (end > 0 && bytes[end - 1] == '\r') {
                        end--;
                    }
                    sink.accept(new String(bytes, 0, end, StandardCharsets.UTF_8));
                }
                current.reset();
            } else if (!overflowing) {
                if (current.size() >= CollectorProtocol.MAX_LINE) {
                    overflowing = true;
                    overlongLines++;
                    current.reset();
                } else {
                    current.write(b);
                }
            }
        }
    }

    /** Bytes waiting for a newline (a partial line if the link ends now). */
    public int pending() {
        return overflowing ? 1 : current.size();
    }

    /** Forgets a partial line, e.g. after the link dropped. Returns whether there was one. */
    public boolean discardPartial() {
        boolean had = pending() > 0;
        current.reset();
        overflowing = false;
        return had;
    }

    public long overlongLines() {
        return overlongLines;
    }
}
