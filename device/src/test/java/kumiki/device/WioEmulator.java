package kumiki.device;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.collector.CollectorSketch;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.protocol.SampleFormat;

/**
 * A Wio Terminal running Kumiki's collector, as far as the serial line can tell: it answers
 * HELLO, START and STOP on its end of a socat pair and streams seeded readings at the declared
 * rate. Faults are switched on per test: silence, a wrong baud rate, another program, garbage
 * between lines, a damaged checksum, a line cut in half.
 */
public final class WioEmulator implements AutoCloseable {
    public enum Personality { COLLECTOR, SILENT, WRONG_BAUD, OTHER_PROGRAM }

    private final SerialPort port;
    private final DeviceHello hello;
    private final Random random = new Random(42);
    private final Thread commands;
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<List<String>> sessions = Collections.synchronizedList(new ArrayList<>());
    private volatile Personality personality = Personality.COLLECTOR;
    private volatile boolean running = true;
    private volatile Thread streamer;
    private final Set<Long> badChecksumAt = ConcurrentHashMap.newKeySet();
    private final Set<Long> cutAt = ConcurrentHashMap.newKeySet();
    private volatile int garbageEvery;
    private volatile boolean paced = true;
    private final Object writeLock = new Object();
    private volatile String helloLine;
    private volatile LongFunction<String> script;
    private volatile long scriptPeriodMs;

    public WioEmulator(String boardPort, CollectorSensor sensor, double rate) {
        this.hello = CollectorSketch.hello(sensor, rate);
        port = SerialPort.getCommPort(boardPort);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        if (!port.openPort()) {
            throw new IllegalStateException("emulator cannot open " + boardPort);
        }
        commands = new Thread(this::commandLoop, "wio-emulator");
        commands.setDaemon(true);
        commands.start();
    }

    public WioEmulator personality(Personality p) {
        this.personality = p;
        return this;
    }

    public WioEmulator badChecksumAt(long seq) {
        badChecksumAt.add(seq);
        return this;
    }

    public WioEmulator cutLineAt(long seq) {
        cutAt.add(seq);
        return this;
    }

    public WioEmulator garbageEvery(int lines) {
        this.garbageEvery = lines;
        return this;
    }

    /** As fast as the link takes it instead of at the declared rate (still in order, still numbered). */
    public WioEmulator unpaced() {
        this.paced = false;
        return this;
    }

    /**
     * A board that breaks the protocol: it greets with {@code helloLine} and, once started, prints
     * {@code lineAt.apply(i)} for i = 0, 1, 2, … every {@code periodMs} until stopped (a null line
     * ends the stream). Lines are sent as given, with no numbering or checksum added.
     */
    public WioEmulator scripted(String helloLine, LongFunction<String> lineAt, long periodMs) {
        this.helloLine = helloLine;
        this.script = lineAt;
        this.scriptPeriodMs = periodMs;
        return this;
    }

    /** The child presses button C on the board: the collector says so. */
    public void pressButtonC() {
        writeLine(CollectorProtocol.BUTTON_C);
    }

    /** What a student's program would print with the serial blocks. */
    public void print(String line) {
        writeLine(line);
    }

    public DeviceHello hello() {
        return hello;
    }

    /** The payloads of each START..STOP, in order: what a recording must contain. */
    public List<List<String>> sessions() {
        synchronized (sessions) {
            return List.copyOf(sessions);
        }
    }

    private void commandLoop() {
        byte[] buf = new byte[256];
        StringBuilder line = new StringBuilder();
        while (running) {
            int n = port.readBytes(buf, buf.length);
            if (n < 0) {
                return;
            }
            for (int i = 0; i < n; i++) {
                char c = (char) buf[i];
                if (c == '\n') {
                    command(line.toString().trim());
                    line.setLength(0);
                } else {
                    line.append(c);
                }
            }
        }
    }

    private void command(String word) {
        switch (personality) {
            case SILENT -> {
                return;
            }
            case WRONG_BAUD -> {
                // What 115200-baud text looks like when read at another speed: bytes outside printable ASCII.
                byte[] noise = new byte[40];
                random.nextBytes(noise);
                noise[noise.length - 1] = '\n';
                write(noise);
                return;
            }
            case OTHER_PROGRAM -> {
                writeLine("temperature: 21.5");
                return;
            }
            default -> {
            }
        }
        switch (word) {
            case CollectorProtocol.HELLO -> writeLine(helloLine != null ? helloLine : hello.toLine());
            case CollectorProtocol.START -> startStreaming();
            case CollectorProtocol.STOP -> {
                stopStreaming();
                writeLine(CollectorProtocol.STOPPED);
            }
            default -> writeLine("#ERR unknown command");
        }
    }

    private synchronized void startStreaming() {
        stopStreaming();
        List<String> session = Collections.synchronizedList(new ArrayList<>());
        sessions.add(session);
        writeLine(CollectorProtocol.STARTED);
        Thread t = new Thread(() -> stream(session), "wio-emulator-stream");
        t.setDaemon(true);
        streamer = t;
        t.start();
    }

    private synchronized void stopStreaming() {
        Thread t = streamer;
        streamer = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stream(List<String> session) {
        LongFunction<String> lines = script;
        if (lines != null) {
            for (long i = 0; streamer == Thread.currentThread(); i++) {
                String line = lines.apply(i);
                if (line == null || !writeLine(line)) {
                    return;
                }
                try {
                    Thread.sleep(scriptPeriodMs);
                } catch (InterruptedException e) {
                    return;
                }
            }
            return;
        }
        long start = System.nanoTime();
        double periodNs = 1e9 * hello.chunk() / hello.rate();
        for (long seq = 0; streamer == Thread.currentThread(); seq++) {
            if (paced) {
                long due = start + (long) (seq * periodNs);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            String payload = payload();
            session.add(payload);
            String line = CollectorProtocol.dataLine(seq, payload);
            if (badChecksumAt.contains(seq)) {
                char last = line.charAt(line.length() - 1);
                line = line.substring(0, line.length() - 1) + (last == '0' ? '1' : '0');
            }
            if (cutAt.contains(seq)) {
                write(line.substring(0, line.length() / 2).getBytes(StandardCharsets.US_ASCII));
            } else if (!writeLine(line)) {
                return;
            }
            if (garbageEvery > 0 && seq % garbageEvery == 0) {
                write(new byte[] {(byte) 0xFF, 0x01, (byte) 0xC3, 0x7F, 'x', '\n'});
            }
        }
    }

    private String payload() {
        if (hello.format() == SampleFormat.PCM16) {
            ByteBuffer b = ByteBuffer.allocate(hello.chunk() * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < hello.chunk(); i++) {
                b.putShort((short) (random.nextGaussian() * 3000));
            }
            return Base64.getEncoder().encodeToString(b.array());
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < hello.columns().size(); i++) {
            fields.add(hello.columns().size() == 1 ? Integer.toString(random.nextInt(4096))
                    : String.format(Locale.ROOT, "%.4f", random.nextGaussian()));
        }
        return String.join(",", fields);
    }

    private boolean writeLine(String line) {
        sent.add(line);
        return write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private boolean write(byte[] bytes) {
        synchronized (writeLock) {
            return port.writeBytes(bytes, bytes.length) >= 0;
        }
    }

    @Override
    public void close() {
        running = false;
        stopStreaming();
        port.closePort();
    }
}
