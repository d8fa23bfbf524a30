package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kumiki.device.capture.DatasetWriter;
import kumiki.device.capture.Handshake;
import kumiki.device.capture.Recording;
import kumiki.device.capture.RecordingListener;
import kumiki.device.capture.SampleRecorder;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.serial.DeviceConnection;
import kumiki.device.serial.JSerialCommLink;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.DatasetReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kumiki's real serial code (jSerialComm) on one end of a socat pseudo-terminal pair, the Wio
 * emulator on the other. Every test has a time limit: nothing may hang.
 */
@Timeout(60)
class SerialCaptureTest {
    @TempDir
    Path tmp;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        open.add(resource);
        return resource;
    }

    private Socat socat() throws Exception {
        return keep(new Socat(tmp.resolve("pty")).start());
    }

    private DeviceConnection connect(Socat socat) throws Exception {
        return keep(new DeviceConnection(JSerialCommLink.open(socat.host(), CollectorProtocol.BAUD)));
    }

    private SampleRecorder recorder(DeviceConnection c, Path dataset) throws Exception {
        DeviceHello hello = Handshake.run(c, Handshake.DEFAULT_TIMEOUT);
        return new SampleRecorder(c, hello, dataset).countdownSeconds(0);
    }

    @Test
    void recordsSeveralLabelledExamplesExactlyAsTheBoardSentThem() throws Exception {
        Socat socat = socat();
        WioEmulator board = keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5));
        DeviceConnection c = connect(socat);
        Path data = tmp.resolve("data");
        SampleRecorder rec = recorder(c, data);
        assertThat(rec.hello().columns()).containsExactly("accX", "accY", "accZ");

        List<Long> progress = new ArrayList<>();
        RecordingListener listener = new RecordingListener() {
            @Override
            public void progress(long readings, long wanted) {
                progress.add(readings);
            }
        };
        Recording wave1 = rec.record("wave", 0.5, listener);
        Recording wave2 = rec.record("wave", 0.5, RecordingListener.NONE);
        Recording idle1 = rec.record("idle", 0.5, RecordingListener.NONE);

        assertThat(List.of(wave1, wave2, idle1)).allMatch(Recording::kept);
        assertThat(wave1.file().getFileName().toString()).isEqualTo("wave.s1.001.csv");
        assertThat(wave2.file().getFileName().toString()).isEqualTo("wave.s1.002.csv");
        assertThat(idle1.file().getFileName().toString()).isEqualTo("idle.s1.001.csv");
        assertThat(progress).endsWith(31L);   // 0.5 s at 62.5 readings per second, rounded
        List<List<String>> sessions = board.sessions();
        assertThat(sessions).hasSize(3);
        int i = 0;
        for (Recording r : List.of(wave1, wave2, idle1)) {
            assertThat(Files.readString(r.file())).isEqualTo(expectedCsv(board.hello(), sessions.get(i++), 31));
        }
        // The trainer reads what capture wrote, with no complaint.
        Dataset dataset = DatasetReader.read(data);
        assertThat(dataset.issues()).isEmpty();
        assertThat(dataset.counts()).containsEntry("wave", 2).containsEntry("idle", 1);
        assertThat(c.stats().dropped()).isZero();
    }

    /** What must be on disk: the header, then the first {@code n} readings the board sent, timed from the rate. */
    private static String expectedCsv(DeviceHello hello, List<String> sent, int n) {
        StringBuilder csv = new StringBuilder("timestamp,accX,accY,accZ\n");
        for (int k = 0; k < n; k++) {
            csv.append(k * 16).append(',').append(sent.get(k)).append('\n');
        }
        return csv.toString();
    }

    @Test
    void recordsSoundAsAWavOfExactlyTheSamplesSent() throws Exception {
        Socat socat = socat();
        WioEmulator board = keep(new WioEmulator(socat.board(), CollectorSensor.mic(), 16000));
        DeviceConnection c = connect(socat);
        Recording clap = recorder(c, tmp.resolve("data")).record("clap", 1.0, RecordingListener.NONE);
        assertThat(clap.kept()).as(clap.message(Locale.ENGLISH)).isTrue();
        assertThat(clap.file().getFileName().toString()).isEqualTo("clap.s1.001.wav");
        ByteBuffer sent = ByteBuffer.allocate(16000 * 2);
        for (String chunk : board.sessions().get(0).subList(0, 125)) {
            sent.put(Base64.getDecoder().decode(chunk));
        }
        byte[] wav = Files.readAllBytes(clap.file());
        assertThat(wav).hasSize(44 + 32000);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(header.getInt(24)).isEqualTo(16000);
        assertThat(header.getShort(34)).isEqualTo((short) 16);
        assertThat(java.util.Arrays.copyOfRange(wav, 44, wav.length)).isEqualTo(sent.array());
        assertThat(DatasetReader.read(tmp.resolve("data")).issues()).isEmpty();
    }

    @Test
    void pullingTheCableDiscardsOnlyTheUnfinishedExampleAndReconnectingWorks() throws Exception {
        Socat socat = socat();
        WioEmulator board = keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5));
        DeviceConnection c = connect(socat);
        Path data = tmp.resolve("data");
        SampleRecorder rec = recorder(c, data);
        Recording first = rec.record("wave", 0.3, RecordingListener.NONE);
        assertThat(first.kept()).isTrue();
        byte[] firstBytes = Files.readAllBytes(first.file());

        Thread puller = new Thread(() -> {
            try {
                Thread.sleep(600);
                socat.unplug();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        puller.start();
        long t0 = System.nanoTime();
        Recording cut = rec.record("wave", 5.0, RecordingListener.NONE);
        puller.join();
        assertThat(cut.kept()).isFalse();
        assertThat(cut.discardKey()).isEqualTo("capture.unplugged");
        assertThat(cut.message(Locale.ENGLISH)).contains("cable was pulled", "other examples are safe");
        assertThat(cut.readings()).isBetween(10L, 300L);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
        assertThat(c.isConnected()).isFalse();
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("wave.s1.001.csv");
        }
        assertThat(Files.readAllBytes(first.file())).isEqualTo(firstBytes);
        board.close();

        // Plugged back in: the same port name comes back, and recording carries on numbering, in a new session.
        socat.start();
        WioEmulator again = keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5));
        DeviceConnection c2 = connect(socat);
        Recording next = recorder(c2, data).record("wave", 0.3, RecordingListener.NONE);
        assertThat(next.kept()).isTrue();
        assertThat(next.file().getFileName().toString()).isEqualTo("wave.s2.002.csv");
        assertThat(Files.readString(next.file())).isEqualTo(expectedCsv(again.hello(), again.sessions().get(0), 19));
    }

    @Test
    void garbageBetweenLinesIsDroppedAndCountedAndTheExampleIsStillExact() throws Exception {
        Socat socat = socat();
        WioEmulator board = keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5).garbageEvery(5));
        DeviceConnection c = connect(socat);
        Recording r = recorder(c, tmp.resolve("data")).record("wave", 0.5, RecordingListener.NONE);
        assertThat(r.kept()).isTrue();
        assertThat(Files.readString(r.file())).isEqualTo(expectedCsv(board.hello(), board.sessions().get(0), 31));
        assertThat(c.stats().garbage()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aBadChecksumLosesOneReadingAndTheExampleIsNotKept() throws Exception {
        Socat socat = socat();
        keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5).badChecksumAt(7));
        DeviceConnection c = connect(socat);
        Recording r = recorder(c, tmp.resolve("data")).record("wave", 0.5, RecordingListener.NONE);
        assertThat(r.kept()).isFalse();
        assertThat(r.lost()).isEqualTo(1);
        assertThat(r.message(Locale.ENGLISH)).startsWith("1 of 31 readings were lost");
        assertThat(r.message(Locale.JAPANESE)).contains("31 こ の うち 1 こ");
        assertThat(c.stats().badChecksum()).isEqualTo(1);
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void aLineCutInHalfIsDroppedAndCounted() throws Exception {
        Socat socat = socat();
        keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5).cutLineAt(3));
        DeviceConnection c = connect(socat);
        Recording r = recorder(c, tmp.resolve("data")).record("wave", 0.5, RecordingListener.NONE);
        // The half line runs into the next one: two readings lost, one damaged line counted.
        assertThat(r.kept()).isFalse();
        assertThat(r.lost()).isEqualTo(2);
        assertThat(c.stats().malformed() + c.stats().badChecksum()).isEqualTo(1);
    }

    @Test
    void aSilentBoardTimesOutWithAClearMessage() throws Exception {
        Socat socat = socat();
        keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5).personality(WioEmulator.Personality.SILENT));
        DeviceConnection c = connect(socat);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Handshake.run(c, Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.key()).isEqualTo("device.silent");
                    assertThat(e.message(Locale.ENGLISH)).contains("did not answer in 2 seconds", "Upload collector");
                    assertThat(e.message(Locale.JAPANESE)).contains("2 びょう");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aWrongBaudRateIsReportedAsUnreadableAndCounted() throws Exception {
        Socat socat = socat();
        keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5).personality(WioEmulator.Personality.WRONG_BAUD));
        DeviceConnection c = connect(socat);
        assertThatThrownBy(() -> Handshake.run(c, Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.key()).isEqualTo("device.unreadable");
                    assertThat(e.message(Locale.ENGLISH)).contains("115200 baud");
                });
        assertThat(c.stats().garbage()).isPositive();
    }

    @Test
    void anotherProgramOnTheBoardIsNamedAsSuch() throws Exception {
        Socat socat = socat();
        keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5).personality(WioEmulator.Personality.OTHER_PROGRAM));
        DeviceConnection c = connect(socat);
        assertThatThrownBy(() -> Handshake.run(c, Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.key()).isEqualTo("device.notCollector"));
    }

    @Test
    void aPortThatIsNotThereIsNamed() {
        assertThatThrownBy(() -> JSerialCommLink.open(tmp.resolve("nothing").toString(), 115200))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.key()).isEqualTo("port.missing");
                    assertThat(e.message(Locale.ENGLISH)).contains("Plug in the Wio Terminal");
                });
    }

    @Test
    void labelsThatWouldBreakTheDatasetAreRefused() throws Exception {
        assertThat(DatasetWriter.isValidLabel("wave")).isTrue();
        assertThat(DatasetWriter.isValidLabel("なみ")).isTrue();
        for (String bad : List.of("", "a.b", "../x", "a b", "a/b")) {
            assertThat(DatasetWriter.isValidLabel(bad)).as(bad).isFalse();
        }
        Map<String, String> names = new TreeMap<>();
        Files.createDirectories(tmp.resolve("d"));
        Files.writeString(tmp.resolve("d/wave.009.csv"), "x");
        Files.writeString(tmp.resolve("d/waves.020.csv"), "x");
        names.put("next", DatasetWriter.nextFile(tmp.resolve("d"), "wave", "csv").getFileName().toString());
        assertThat(names.get("next")).isEqualTo("wave.010.csv");
    }
}
