package kumiki.device.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import kumiki.device.DeviceException;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.protocol.DeviceLine;
import kumiki.device.protocol.SampleFormat;
import kumiki.device.serial.DeviceConnection;
import kumiki.device.serial.DeviceListener;

/**
 * Records labelled examples from a board running the collector. One example: countdown, START,
 * readings until there are enough, STOP, then the file at once. An example with any reading lost, or
 * cut short by the cable, is discarded with the reason, because a gap would teach the model wrong;
 * examples already saved are never touched.
 */
public final class SampleRecorder {
    /** Longest wait for the next reading before the board counts as stopped. */
    static final Duration SILENCE = Duration.ofSeconds(2);

    private final DeviceConnection connection;
    private final DeviceHello hello;
    private final SampleSink sink;
    private int countdownSeconds = 3;

    public SampleRecorder(DeviceConnection connection, DeviceHello hello, SampleSink sink) {
        this.connection = connection;
        this.hello = hello;
        this.sink = sink;
    }

    public SampleRecorder(DeviceConnection connection, DeviceHello hello, Path dataset) {
        this(connection, hello, SampleSink.folder(dataset));
    }

    public DeviceHello hello() {
        return hello;
    }

    /** Tests and benchmarks start at once; children get 3, 2, 1. */
    public SampleRecorder countdownSeconds(int seconds) {
        this.countdownSeconds = seconds;
        return this;
    }

    public long readingsFor(double seconds) {
        long wanted = Math.round(seconds * hello.rate());
        return hello.format() == SampleFormat.PCM16 ? (wanted + hello.chunk() - 1) / hello.chunk() * hello.chunk() : wanted;
    }

    public Recording record(String label, double seconds, RecordingListener listener)
            throws DeviceException, InterruptedException {
        if (!DatasetWriter.isValidLabel(label)) {
            throw new DeviceException("capture.badLabel", label);
        }
        if (!(seconds > 0) || seconds > 60) {
            throw new DeviceException("capture.badLength", seconds);
        }
        for (int s = countdownSeconds; s > 0; s--) {
            listener.countdown(s);
            Thread.sleep(1000);
        }
        long wanted = readingsFor(seconds);
        long linesWanted = hello.format() == SampleFormat.PCM16 ? wanted / hello.chunk() : wanted;
        LinkedBlockingQueue<DeviceLine> queue = new LinkedBlockingQueue<>();
        DeviceLine lostMarker = new DeviceLine.Text("");
        DeviceListener feed = new DeviceListener() {
            @Override
            public void onLine(String raw, DeviceLine line) {
                queue.add(line);
            }

            @Override
            public void onDisconnected() {
                queue.add(lostMarker);
            }
        };
        connection.addListener(feed);
        Collected collected = new Collected();
        try {
            send(CollectorProtocol.START);
            awaitStarted(queue, lostMarker);
            listener.started();
            long expectedSeq = 0;
            long silenceMs = Math.max(SILENCE.toMillis(), (long) (5000.0 * hello.chunk() / hello.rate()));
            while (collected.lines + collected.lostLines < linesWanted) {
                DeviceLine line = queue.poll(silenceMs, TimeUnit.MILLISECONDS);
                if (line == lostMarker || !connection.isConnected()) {
                    return Recording.discarded(collected.readings(), collected.lostReadings(),
                            "capture.unplugged", connection.portName());
                }
                if (line == null) {
                    stopQuietly();
                    return Recording.discarded(collected.readings(), collected.lostReadings(), "capture.silent",
                            SILENCE.toSeconds());
                }
                if (line instanceof DeviceLine.Data d) {
                    long seq = d.seq();
                    if (seq > expectedSeq) {
                        collected.lostLines += seq - expectedSeq;
                    }
                    expectedSeq = seq + 1;
                    if (!collected.add(d.payload())) {
                        collected.lostLines++;
                    }
                    listener.progress(Math.min(wanted, collected.readings() + collected.lostReadings()), wanted);
                } else if (line instanceof DeviceLine.Damaged) {
                    // Counted by the connection; the reading it carried shows up as a sequence gap.
                    continue;
                }
            }
            stopQuietly();
            if (collected.lostLines > 0) {
                return Recording.discarded(collected.readings(), collected.lostReadings(), "capture.lost",
                        collected.lostReadings(), wanted);
            }
            return save(label, collected, wanted);
        } finally {
            connection.removeListener(feed);
        }
    }

    private Recording save(String label, Collected collected, long wanted) throws DeviceException {
        try {
            Path file = hello.format() == SampleFormat.PCM16
                    ? sink.save(label, "wav", DatasetWriter.wav((int) Math.round(hello.rate()), collected.pcm(wanted)))
                    : sink.save(label, "csv", DatasetWriter.csv(hello, collected.rows));
            return Recording.saved(file, collected.readings());
        } catch (IOException e) {
            throw new DeviceException("capture.cannotWrite", sink, e.getMessage());
        }
    }

    private void awaitStarted(LinkedBlockingQueue<DeviceLine> queue, DeviceLine lostMarker)
            throws DeviceException, InterruptedException {
        long deadline = System.nanoTime() + SILENCE.toNanos();
        while (System.nanoTime() < deadline) {
            DeviceLine line = queue.poll(100, TimeUnit.MILLISECONDS);
            if (line == lostMarker) {
                throw new DeviceException("device.lost", connection.portName());
            }
            if (line instanceof DeviceLine.Control c && c.word().equals(CollectorProtocol.STARTED)) {
                return;
            }
        }
        stopQuietly();
        throw new DeviceException("capture.noStart", connection.portName());
    }

    private void send(String command) throws DeviceException {
        try {
            connection.send(command);
        } catch (IOException e) {
            throw new DeviceException("device.lost", connection.portName());
        }
    }

    private void stopQuietly() {
        try {
            connection.send(CollectorProtocol.STOP);
        } catch (IOException ignored) {
            // The board is gone; there is nothing to stop.
        }
    }

    /** Readings as they came: CSV rows verbatim, or decoded sound. */
    private final class Collected {
        final List<String> rows = new ArrayList<>();
        final ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        long lines;
        long lostLines;

        boolean add(String payload) {
            if (hello.format() == SampleFormat.PCM16) {
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(payload);
                } catch (IllegalArgumentException e) {
                    return false;
                }
                if (bytes.length != hello.chunk() * 2) {
                    return false;
                }
                pcm.writeBytes(bytes);
            } else {
                String[] fields = payload.split(",", -1);
                if (fields.length != hello.columns().size()) {
                    return false;
                }
                for (String f : fields) {
                    try {
                        double v = Double.parseDouble(f);
                        if (!Double.isFinite(v)) {
                            return false;
                        }
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
                rows.add(payload);
            }
            lines++;
            return true;
        }

        long readings() {
            return lines * hello.chunk();
        }

        long lostReadings() {
            return lostLines * hello.chunk();
        }

        short[] pcm(long wanted) {
            ByteBuffer b = ByteBuffer.wrap(pcm.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
            short[] s = new short[(int) Math.min(wanted, b.remaining() / 2)];
            for (int i = 0; i < s.length; i++) {
                s[i] = b.getShort();
            }
            return s;
        }
    }
}
