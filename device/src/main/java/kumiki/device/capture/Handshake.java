package kumiki.device.capture;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kumiki.device.DeviceException;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.protocol.DeviceLine;
import kumiki.device.protocol.ProtocolException;
import kumiki.device.serial.DeviceConnection;
import kumiki.device.serial.DeviceListener;

/**
 * Asks the board who it is. The answer to "no hello" depends on what did arrive, because the
 * fix differs: nothing at all (wrong port, board asleep), only unreadable bytes (wrong speed, noise),
 * or readable text from some other program (the collector is not on the board).
 */
public final class Handshake {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    private static final long RESEND_MS = 500;

    private Handshake() {
    }

    public static DeviceHello run(DeviceConnection connection, Duration timeout) throws DeviceException {
        BlockingQueue<DeviceLine> hellos = new ArrayBlockingQueue<>(4);
        AtomicInteger text = new AtomicInteger();
        AtomicInteger damaged = new AtomicInteger();
        long bytesBefore = connection.stats().bytes();
        DeviceListener listener = new DeviceListener() {
            @Override
            public void onLine(String raw, DeviceLine line) {
                if (line instanceof DeviceLine.Hello || line instanceof DeviceLine.Damaged d
                        && d.reason() == DeviceLine.Reason.BAD_HELLO) {
                    hellos.offer(line);
                } else if (line instanceof DeviceLine.Damaged) {
                    damaged.incrementAndGet();
                } else if (line instanceof DeviceLine.Text) {
                    text.incrementAndGet();
                }
            }

            @Override
            public void onDisconnected() {
                hellos.offer(new DeviceLine.Text(""));
            }
        };
        connection.addListener(listener);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                send(connection);
                DeviceLine answer = hellos.poll(RESEND_MS, TimeUnit.MILLISECONDS);
                if (!connection.isConnected()) {
                    throw new DeviceException("device.lost", connection.portName());
                }
                if (answer instanceof DeviceLine.Hello h) {
                    return h.hello();
                }
                if (answer instanceof DeviceLine.Damaged d) {
                    explainBadHello(d.text());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException("device.silent", connection.portName(), timeout.toSeconds());
        } finally {
            connection.removeListener(listener);
        }
        long bytes = connection.stats().bytes() - bytesBefore;
        if (text.get() > 0) {
            throw new DeviceException("device.notCollector", connection.portName());
        }
        if (damaged.get() > 0 || bytes > 0) {
            throw new DeviceException("device.unreadable", connection.portName(), CollectorProtocol.BAUD);
        }
        throw new DeviceException("device.silent", connection.portName(), timeout.toSeconds());
    }

    private static void send(DeviceConnection connection) throws DeviceException {
        try {
            connection.send(CollectorProtocol.HELLO);
        } catch (IOException e) {
            throw new DeviceException("device.lost", connection.portName());
        }
    }

    private static void explainBadHello(String line) throws DeviceException {
        try {
            DeviceHello.parse(line);
        } catch (ProtocolException e) {
            throw new DeviceException(e.key(), e.args());
        }
    }
}
