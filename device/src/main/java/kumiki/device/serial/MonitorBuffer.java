package kumiki.device.serial;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lines for the monitor, handed over in batches: the serial thread adds, the window takes what came
 * since its last frame. The window keeps at most {@code maxLines}, so an hour of printing stays light.
 */
public final class MonitorBuffer {
    private final Deque<String> pending = new ArrayDeque<>();
    private final int maxPending;
    private long skipped;

    public MonitorBuffer(int maxPending) {
        this.maxPending = maxPending;
    }

    public synchronized void add(String line) {
        pending.addLast(line);
        while (pending.size() > maxPending) {
            pending.removeFirst();
            skipped++;
        }
    }

    /** Everything since the last call, one line per line; empty when nothing came. */
    public synchronized String drain() {
        if (pending.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String line : pending) {
            b.append(line).append('\n');
        }
        pending.clear();
        return b.toString();
    }

    /** Lines that came faster than the window could show and were never shown. */
    public synchronized long skipped() {
        return skipped;
    }
}
