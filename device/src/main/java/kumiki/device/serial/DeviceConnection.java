package kumiki.device.serial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kumiki.device.protocol.DeviceLine;
import kumiki.device.protocol.LineParser;
import kumiki.device.protocol.LineSplitter;

/**
 * An open link to a board with one reader thread. Every line is parsed once and handed to the
 * listeners (monitor, plotter, recorder); damaged lines are counted in {@link #stats()}. When the
 * port goes away the thread ends, any half line is discarded and listeners hear
 * {@link DeviceListener#onDisconnected()} exactly once.
 */
public final class DeviceConnection implements AutoCloseable {
    private final SerialLink link;
    private final List<DeviceListener> listeners = new CopyOnWriteArrayList<>();
    private final LinkStats stats = new LinkStats();
    private final LineSplitter splitter = new LineSplitter(this::dispatch);
    private final Thread reader;
    private volatile boolean open = true;
    private volatile boolean lost;

    public DeviceConnection(SerialLink link) {
        this.link = link;
        this.reader = new Thread(this::readLoop, "kumiki-serial-" + link.portName());
        reader.setDaemon(true);
        reader.start();
    }

    public String portName() {
        return link.portName();
    }

    public LinkStats stats() {
        return stats;
    }

    public boolean isConnected() {
        return open && !lost;
    }

    public void addListener(DeviceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }

    /** Sends one line; the newline is added here. */
    public void send(String line) throws IOException {
        if (!isConnected()) {
            throw new LinkLostException(link.portName());
        }
        try {
            link.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (LinkLostException e) {
            markLost();
            throw e;
        }
    }

    private void readLoop() {
        byte[] buffer = new byte[4096];
        try {
            while (open) {
                int n = link.read(buffer);
                if (n > 0) {
                    stats.bytes.addAndGet(n);
                    synchronized (splitter) {
                        splitter.accept(buffer, n);
                        stats.overlong.set(splitter.overlongLines());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (open) {
                markLost();
            }
        }
    }

    private void markLost() {
        synchronized (this) {
            if (lost) {
                return;
            }
            lost = true;
        }
        synchronized (splitter) {
            if (splitter.discardPartial()) {
                stats.partial.incrementAndGet();
            }
        }
        link.close();
        for (DeviceListener l : listeners) {
            l.onDisconnected();
        }
    }

    private void dispatch(String raw) {
        stats.lines.incrementAndGet();
        DeviceLine line = LineParser.parse(raw);
        if (line instanceof DeviceLine.Damaged d) {
            switch (d.reason()) {
                case GARBAGE -> stats.garbage.incrementAndGet();
                case BAD_CHECKSUM -> stats.badChecksum.incrementAndGet();
                default -> stats.malformed.incrementAndGet();
            }
        }
        for (DeviceListener l : listeners) {
            l.onLine(raw, line);
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
    }
}
