package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.protocol.DeviceLine;
import kumiki.device.protocol.LineParser;
import kumiki.device.protocol.LineSplitter;
import kumiki.device.protocol.ProtocolException;
import kumiki.device.protocol.SampleFormat;
import org.junit.jupiter.api.Test;

/** The desktop half of docs/device-protocol.md, line by line. */
class ProtocolTest {
    @Test
    void checksumIsTheXorOfTheBodyAsInNmea() {
        // Worked by hand: 'D' ^ ',' ^ '0' ^ ',' ^ '5' = 0x44 ^ 0x2C ^ 0x30 ^ 0x2C ^ 0x35 = 0x41.
        assertThat(CollectorProtocol.dataLine(0, "5")).isEqualTo("D,0,5*41");
        assertThat(LineParser.parse("D,0,5*41")).isEqualTo(new DeviceLine.Data(0, "5"));
    }

    @Test
    void sortsEveryKindOfLine() {
        assertThat(LineParser.parse("#STARTED")).isEqualTo(new DeviceLine.Control("#STARTED", ""));
        assertThat(LineParser.parse("#ERR unknown command")).isEqualTo(new DeviceLine.Control("#ERR", "unknown command"));
        assertThat(LineParser.parse("score:3")).isEqualTo(new DeviceLine.Text("score:3"));
        assertThat(LineParser.parse("D,0,5*42")).isInstanceOfSatisfying(DeviceLine.Damaged.class,
                d -> assertThat(d.reason()).isEqualTo(DeviceLine.Reason.BAD_CHECKSUM));
        assertThat(LineParser.parse("D,0,5")).isInstanceOfSatisfying(DeviceLine.Damaged.class,
                d -> assertThat(d.reason()).isEqualTo(DeviceLine.Reason.MALFORMED));
        assertThat(LineParser.parse("D,x,5*" + String.format("%02X", CollectorProtocol.checksum("D,x,5"))))
                .isInstanceOf(DeviceLine.Damaged.class);
        assertThat(LineParser.parse("ab\u0001c")).isInstanceOfSatisfying(DeviceLine.Damaged.class,
                d -> assertThat(d.reason()).isEqualTo(DeviceLine.Reason.GARBAGE));
        assertThat(LineParser.parse("#KUMIKI 1 board=wio_terminal")).isInstanceOfSatisfying(DeviceLine.Damaged.class,
                d -> assertThat(d.reason()).isEqualTo(DeviceLine.Reason.BAD_HELLO));
    }

    @Test
    void helloRoundTripsAndRefusesOtherVersions() throws Exception {
        DeviceHello mic = new DeviceHello(1, "wio_terminal", "mic", 16000, List.of("value"), SampleFormat.PCM16, 128);
        assertThat(mic.toLine()).isEqualTo("#KUMIKI 1 board=wio_terminal sensor=mic rate=16000 columns=value format=pcm16 chunk=128");
        assertThat(DeviceHello.parse(mic.toLine())).isEqualTo(mic);
        assertThat(DeviceHello.parse("hello")).isNull();
        assertThatThrownBy(() -> DeviceHello.parse("#KUMIKI 2 board=wio_terminal sensor=accel rate=50 columns=a"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.key()).isEqualTo("device.hello.version");
                    assertThat(e.args()).containsExactly(2, 1);
                });
        assertThatThrownBy(() -> DeviceHello.parse("#KUMIKI 1 board=b sensor=s rate=-3 columns=a"))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void splitsLinesAcceptsCrlfAndDropsOverlongOnes() {
        List<String> lines = new ArrayList<>();
        LineSplitter splitter = new LineSplitter(lines::add);
        byte[] a = "one\r\ntw".getBytes(StandardCharsets.UTF_8);
        byte[] b = ("o\n" + "x".repeat(CollectorProtocol.MAX_LINE + 10) + "\nthree\n").getBytes(StandardCharsets.UTF_8);
        splitter.accept(a, a.length);
        assertThat(splitter.pending()).isEqualTo(2);
        splitter.accept(b, b.length);
        assertThat(lines).containsExactly("one", "two", "three");
        assertThat(splitter.overlongLines()).isEqualTo(1);
        byte[] c = "half".getBytes(StandardCharsets.UTF_8);
        splitter.accept(c, c.length);
        assertThat(splitter.discardPartial()).isTrue();
        assertThat(splitter.pending()).isZero();
    }
}
