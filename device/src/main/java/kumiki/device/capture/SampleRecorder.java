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
import kumiki.device.collector.CollectorSensor;
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
    /**
     * How much longer than its own length an example may take, whatever the board sends (text,
     * damaged lines, a trickle of readings): a board can never keep a recording running.
     */
    static final Duration MARGIN = Duration.ofSeconds(3);
    /** Fewer readings than this cannot show a movement or a sound; such an example teaches nothing. */
    static final int MIN_READINGS = 8;
    /** No sensor on the board reads beyond this; a larger value is a damaged line, not a reading. */
    static final double MAX_MAGNITUDE = 1e6;

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
        checkHelloFitsSensor();
        if (readingsFor(seconds) < MIN_READINGS) {
            throw new DeviceException("capture.tooFewReadings", DeviceHello.formatRate(hello.rate()), seconds,
                    readingsFor(seconds), MIN_READINGS);
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
            long deadline = System.nanoTime() + (long) (seconds * 1e9) + MARGIN.toNanos();
            long lastReading = System.nanoTime();
            long otherLines = 0;
            while (collected.lines + collected.lostLines < linesWanted) {
                long now = System.nanoTime();
                if (now - deadline >= 0) {
                    stopQuietly();
                    return Recording.discarded(collected.readings(), collected.lostReadings(), "capture.tooSlow",
                            seconds + MARGIN.toSeconds());
                }
                if (now - lastReading >= SILENCE.toNanos()) {
                    stopQuietly();
                    return otherLines > 0
                            ? Recording.discarded(collected.readings(), collected.lostReadings(), "capture.noReadings",
                                    SILENCE.toSeconds(), otherLines)
                            : Recording.discarded(collected.readings(), collected.lostReadings(), "capture.silent",
                                    SILENCE.toSeconds());
                }
                long waitNs = Math.min(deadline - now, lastReading + SILENCE.toNanos() - now);
                DeviceLine line = queue.poll(Math.max(1, waitNs / 1_000_000), TimeUnit.MILLISECONDS);
                if (line == lostMarker || !connection.isConnected()) {
                    return Recording.discarded(collected.readings(), collected.lostReadings(),
                            "capture.unplugged", connection.portName());
                }
                if (line != null && !(line instanceof DeviceLine.Data)) {
                    otherLines++;
                }
                if (line instanceof DeviceLine.Data d) {
                    lastReading = System.nanoTime();
                    otherLines = 0;
                    long seq = d.seq();
                    if (seq < expectedSeq) {
                        // A repeated or restarted count means the board mixed two streams; no row can be trusted.
                        stopQuietly();
                        return Recording.discarded(collected.readings(), collected.lostReadings(),
                                "capture.outOfOrder", expectedSeq - 1, seq);
                    }
                    collected.lostLines += seq - expectedSeq;
                    expectedSeq = seq + 1;
                    if (!collected.add(d.payload())) {
                        collected.lostLines++;
                    } else if (hello.format() != SampleFormat.PCM16) {
                        listener.reading(d.payload());
                    }
                    listener.progress(Math.min(wanted, collected.readings() + collected.lostReadings()), wanted);
                }
                // A damaged line is counted by the connection; the reading it carried shows up as a gap.
            }
            stopQuietly();
            if (collected.unreadable > 0) {
                return Recording.discarded(collected.readings(), collected.lostReadings(), "capture.badValues",
                        collected.unreadable);
            }
            if (collected.lostLines > 0) {
                return Recording.discarded(collected.readings(), collected.lostReadings(), "capture.lost",
                        collected.lostReadings(), wanted);
            }
            return save(label, collected, wanted);
        } finally {
            connection.removeListener(feed);
        }
    }

    /**
     * The hello must describe the sensor it names as the collector streams it: the same columns in
     * the same order, the same format and chunk, and a rate that sensor can keep.
     */
    private void checkHelloFitsSensor() throws DeviceException {
        CollectorSensor sensor = CollectorSensor.parse(hello.sensor());
        if (sensor == null || !sensor.columns().equals(hello.columns()) || sensor.format() != hello.format()
                || sensor.chunk() != hello.chunk() || !sensor.acceptsRate(hello.rate())) {
            throw new DeviceException("capture.helloUnlikeSensor", connection.portName(), hello.toLine());
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
        /** Lines that arrived intact but whose readings are not numbers a sensor gives. */
        long unreadable;

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
                if (!isReading(payload)) {
                    unreadable++;
                    return false;
                }
                rows.add(payload);
            }
            lines++;
            return true;
        }

        private boolean isReading(String payload) {
            String[] fields = payload.split(",", -1);
            if (fields.length != hello.columns().size()) {
                return false;
            }
            for (String f : fields) {
                try {
                    if (!(Math.abs(Double.parseDouble(f)) <= MAX_MAGNITUDE)) {
                        return false;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
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
