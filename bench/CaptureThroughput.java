import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kumiki.device.Socat;
import kumiki.device.WioEmulator;
import kumiki.device.capture.Handshake;
import kumiki.device.capture.Recording;
import kumiki.device.capture.RecordingListener;
import kumiki.device.capture.SampleRecorder;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.serial.DeviceConnection;
import kumiki.device.serial.JSerialCommLink;

/** Records sound examples from the emulator over socat and reports readings per second and losses. */
public class CaptureThroughput {
    public static void main(String[] args) throws Exception {
        boolean paced = args[0].equals("paced");
        int examples = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        Path tmp = Files.createTempDirectory("kumiki-bench");
        try (Socat socat = new Socat(tmp.resolve("pty")).start();
             WioEmulator board = new WioEmulator(socat.board(), CollectorSensor.mic(), 16000);
             DeviceConnection c = new DeviceConnection(JSerialCommLink.open(socat.host(), CollectorProtocol.BAUD))) {
            if (!paced) {
                board.unpaced();
            }
            DeviceHello hello = Handshake.run(c, Handshake.DEFAULT_TIMEOUT);
            SampleRecorder rec = new SampleRecorder(c, hello, tmp.resolve("data")).countdownSeconds(0);
            long readings = 0;
            long lost = 0;
            int kept = 0;
            long bytes0 = c.stats().bytes();
            long t0 = System.nanoTime();
            double recordingNanos = 0;
            for (int i = 0; i < examples; i++) {
                long s = System.nanoTime();
                Recording r = rec.record("clap", seconds, RecordingListener.NONE);
                recordingNanos += System.nanoTime() - s;
                readings += r.readings();
                lost += r.lost();
                kept += r.kept() ? 1 : 0;
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double bytes = c.stats().bytes() - bytes0;
            System.out.printf(Locale.ROOT, "  %d of %d examples kept; %,d readings, %d lost (%.4f%%); damaged lines %d%n",
                    kept, examples, readings, lost, 100.0 * lost / Math.max(1, readings + lost), c.stats().dropped());
            System.out.printf(Locale.ROOT, "  %,.0f readings/s while recording (%.1f%% of 16 kHz); %,.1f KB/s on the link; %.1f s in all%n",
                    readings / (recordingNanos / 1e9), 100 * readings / (recordingNanos / 1e9) / 16000, bytes / 1024 / wall, wall);
        }
    }
}
