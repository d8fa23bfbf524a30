package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import kumiki.device.capture.Handshake;
import kumiki.device.capture.Recording;
import kumiki.device.capture.RecordingListener;
import kumiki.device.capture.SampleRecorder;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.serial.DeviceConnection;
import kumiki.device.serial.JSerialCommLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boards that break the collector protocol on purpose. Whatever one sends, a recording ends within
 * its length plus a few seconds, and no damaged example reaches the dataset.
 */
@Timeout(30)
class HostileBoardTest {
    private static final String ACCEL_HELLO = "#KUMIKI 1 board=wio_terminal sensor=accel rate=62.5 "
            + "columns=accX,accY,accZ format=csv chunk=1";

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

    /** Records one example of {@code seconds} from a board that greets and streams as scripted. */
    private Recording record(String hello, LongFunction<String> lines, long periodMs, double seconds)
            throws Exception {
        Socat socat = keep(new Socat(tmp.resolve("pty" + open.size())).start());
        keep(new WioEmulator(socat.board(), CollectorSensor.accel(), 62.5).scripted(hello, lines, periodMs));
        DeviceConnection c = keep(new DeviceConnection(JSerialCommLink.open(socat.host(), CollectorProtocol.BAUD)));
        return new SampleRecorder(c, Handshake.run(c, Handshake.DEFAULT_TIMEOUT), tmp.resolve("data"))
                .countdownSeconds(0).record("wave", seconds, RecordingListener.NONE);
    }

    private static String reading(long seq) {
        return CollectorProtocol.dataLine(seq, "0.1,0.2," + (seq % 7));
    }

    private void assertRefused(Recording r, String reason) {
        assertThat(r.kept()).as(r.message(Locale.ENGLISH)).isFalse();
        assertThat(r.discardKey()).isEqualTo(reason);
        assertThat(r.message(Locale.JAPANESE)).isNotEqualTo(r.message(Locale.ENGLISH));
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void plainTextAfterStartedEndsTheRecordingInsteadOfWaitingForever() throws Exception {
        long t0 = System.nanoTime();
        Recording r = record(ACCEL_HELLO, i -> "hello from a student program " + i, 5, 1);
        assertRefused(r, "capture.noReadings");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void anEndlessStreamOfBadChecksumsEndsTheRecording() throws Exception {
        long t0 = System.nanoTime();
        Recording r = record(ACCEL_HELLO, i -> reading(i).substring(0, reading(i).length() - 2) + "zz", 2, 1);
        assertRefused(r, "capture.noReadings");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void readingsTooSlowForTheDeclaredRateEndAtTheExamplesDeadline() throws Exception {
        // One good reading every 1.5 s never trips the silence limit; the overall deadline ends it.
        long t0 = System.nanoTime();
        Recording r = record(ACCEL_HELLO, HostileBoardTest::reading, 1500, 0.5);
        assertRefused(r, "capture.tooSlow");
        assertThat(r.message(Locale.ENGLISH)).contains("3.5 seconds");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aHelloWhoseRateCannotBeTheMicrophoneIsRefusedBeforeRecording() {
        // rate=0.25 with chunk=512 once meant a silence limit of nearly three hours.
        assertThatThrownBy(() -> record("#KUMIKI 1 board=wio_terminal sensor=mic rate=0.25 columns=value "
                + "format=pcm16 chunk=512", i -> null, 10, 1))
                .isInstanceOfSatisfying(DeviceException.class,
                        e -> assertThat(e.key()).isEqualTo("capture.helloUnlikeSensor"));
    }

    @Test
    void ratesTooLowForAnyExampleAreRefused() {
        for (String rate : List.of("0.001", "0.5")) {
            assertThatThrownBy(() -> record(ACCEL_HELLO.replace("rate=62.5", "rate=" + rate),
                    HostileBoardTest::reading, 10, 1))
                    .isInstanceOfSatisfying(DeviceException.class,
                            e -> assertThat(e.key()).isEqualTo("capture.helloUnlikeSensor"));
        }
    }

    @Test
    void anExampleTooShortToHoldEnoughReadingsIsRefused() {
        assertThatThrownBy(() -> record(ACCEL_HELLO.replace("rate=62.5", "rate=4"), HostileBoardTest::reading, 10, 1))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.key()).isEqualTo("capture.tooFewReadings");
                    assertThat(e.message(Locale.ENGLISH)).contains("only 4 readings", "at least 8");
                });
    }

    @Test
    void columnsThatAreRepeatedOrUnlikeTheSensorAreRefused() {
        for (String columns : List.of("accX,accX,accY", "a,b", "accZ,accY,accX", "accX,accY,accZ,accW")) {
            assertThatThrownBy(() -> record(ACCEL_HELLO.replace("accX,accY,accZ", columns),
                    HostileBoardTest::reading, 10, 1))
                    .as(columns)
                    .isInstanceOfSatisfying(DeviceException.class,
                            e -> assertThat(e.key()).isEqualTo("capture.helloUnlikeSensor"));
        }
    }

    @Test
    void emptyColumnsAreABadHello() {
        assertThatThrownBy(() -> record(ACCEL_HELLO.replace("columns=accX,accY,accZ", "columns="),
                HostileBoardTest::reading, 10, 1))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.key()).isEqualTo("device.hello.bad"));
    }

    @Test
    void duplicateSequenceNumbersCarryingOtherValuesAreRefused() throws Exception {
        Recording r = record(ACCEL_HELLO, i -> CollectorProtocol.dataLine(i / 2, "0.1,0.2," + i), 5, 0.5);
        assertRefused(r, "capture.outOfOrder");
    }

    @Test
    void aSequenceThatRestartsFromZeroIsRefused() throws Exception {
        Recording r = record(ACCEL_HELLO, i -> reading(i % 10), 5, 0.5);
        assertRefused(r, "capture.outOfOrder");
        assertThat(r.message(Locale.ENGLISH)).contains("reading 0 came after reading 9");
    }

    @Test
    void valuesBeyondAnySensorAreRefused() throws Exception {
        Recording r = record(ACCEL_HELLO, i -> CollectorProtocol.dataLine(i, i == 5 ? "1e308,0,0" : "0,0,1"), 5, 0.5);
        assertRefused(r, "capture.badValues");
        assertThat(r.message(Locale.ENGLISH)).startsWith("Some readings (1) were not numbers");
    }
}
