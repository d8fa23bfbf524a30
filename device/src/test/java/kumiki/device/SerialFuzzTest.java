package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import kumiki.device.capture.Recording;
import kumiki.device.capture.RecordingListener;
import kumiki.device.capture.SampleRecorder;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.protocol.LineParser;
import kumiki.device.serial.DeviceConnection;
import kumiki.device.serial.SerialLink;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzz of what a board can send: damaged, repeated, reordered and random lines. The line
 * parser never throws; a recording always ends, and an example is kept only if it is exactly the
 * readings 0..n-1 with numbers a sensor gives, which the trainer then reads without complaint.
 */
@Timeout(120)
class SerialFuzzTest {
    private static final String HELLO = "#KUMIKI 1 board=wio_terminal sensor=accel rate=62.5 "
            + "columns=accX,accY,accZ format=csv chunk=1";

    @TempDir
    Path tmp;

    @Test
    void theLineParserSortsEveryLineAndNeverThrows() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String line = i % 2 == 0 ? mutate(CollectorProtocol.dataLine(i, "0.1,0.2,0.3"), r) : randomText(r);
            assertThat(LineParser.parse(line)).isNotNull();
        }
    }

    /** An in-memory board: answers HELLO, and on START sends STARTED and then the lines it is given. */
    private static final class ScriptedLink implements SerialLink {
        final LinkedBlockingQueue<byte[]> toHost = new LinkedBlockingQueue<>();
        volatile List<String> stream = List.of();
        private byte[] pending = new byte[0];

        @Override
        public int read(byte[] buffer) throws IOException {
            if (pending.length == 0) {
                try {
                    byte[] next = toHost.poll(20, TimeUnit.MILLISECONDS);
                    if (next == null) {
                        return 0;
                    }
                    pending = next;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
            int n = Math.min(buffer.length, pending.length);
            System.arraycopy(pending, 0, buffer, 0, n);
            pending = java.util.Arrays.copyOfRange(pending, n, pending.length);
            return n;
        }

        @Override
        public void write(byte[] bytes) {
            String command = new String(bytes, StandardCharsets.US_ASCII).trim();
            if (command.equals(CollectorProtocol.START)) {
                StringBuilder b = new StringBuilder(CollectorProtocol.STARTED).append("\r\n");
                for (String line : stream) {
                    b.append(line).append("\r\n");
                }
                toHost.add(b.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
        }

        @Override
        public String portName() {
            return "fuzz";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void fuzzedRecordingsEndAndKeepOnlyExactExamples() throws Exception {
        Random r = new Random(20261201);
        ScriptedLink link = new ScriptedLink();
        Path data = tmp.resolve("data");
        int kept = 0;
        try (DeviceConnection c = new DeviceConnection(link)) {
            SampleRecorder recorder = new SampleRecorder(c, DeviceHello.parse(HELLO), data).countdownSeconds(0);
            for (int i = 0; i < 1500; i++) {
                List<String> good = new ArrayList<>();
                List<String> lines = new ArrayList<>();
                for (int seq = 0; seq < 32; seq++) {
                    String payload = String.format(Locale.ROOT, "%.3f,%.3f,%.3f", r.nextGaussian(), r.nextGaussian(), 1 + r.nextGaussian());
                    good.add(payload);
                    String line = CollectorProtocol.dataLine(seq, payload);
                    lines.add(r.nextInt(40) == 0 ? mutate(line, r) : line);
                    if (r.nextInt(80) == 0) {
                        lines.add(randomText(r));
                    }
                }
                // A last line far ahead ends every stream at once, so no case waits for the silence limit.
                lines.add(CollectorProtocol.dataLine(4_000_000_000L, "0,0,0"));
                link.stream = lines;
                long t0 = System.nanoTime();
                Recording rec = recorder.record("wave", 0.5, RecordingListener.NONE);
                assertThat((System.nanoTime() - t0) / 1e9).as("case %d", i).isLessThan(5);
                assertThat(rec.message(Locale.ENGLISH)).isNotBlank();
                if (rec.kept()) {
                    kept++;
                    List<String> rows = Files.readAllLines(rec.file()).subList(1, 32);
                    for (int k = 0; k < rows.size(); k++) {
                        assertThat(rows.get(k)).endsWith("," + good.get(k));
                    }
                }
                link.toHost.clear();
            }
        }
        assertThat(kept).isGreaterThan(100);
        Dataset d = DatasetReader.read(data);
        assertThat(d.issues()).isEmpty();
        assertThat(d.samples()).hasSize(kept);
    }

    static String mutate(String line, Random r) {
        StringBuilder b = new StringBuilder(line);
        switch (r.nextInt(6)) {
            case 0 -> b.setCharAt(r.nextInt(b.length()), (char) r.nextInt(256));
            case 1 -> b.setLength(r.nextInt(b.length()));
            case 2 -> b.insert(r.nextInt(b.length()), "1e308,");
            case 3 -> b.insert(r.nextInt(b.length()), (char) (r.nextInt(32)));
            case 4 -> b.append(b);
            default -> b.replace(0, Math.min(b.length(), 6), "#KUMIKI 1 ");
        }
        return b.toString();
    }

    static String randomText(Random r) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(120); n > 0; n--) {
            b.append((char) (r.nextBoolean() ? 32 + r.nextInt(95) : r.nextInt(0x3000)));
        }
        return b.toString().replace('\n', ' ').replace('\r', ' ');
    }
}
