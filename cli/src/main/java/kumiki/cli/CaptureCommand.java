package kumiki.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kumiki.device.DeviceException;
import kumiki.device.capture.DatasetWriter;
import kumiki.device.capture.Handshake;
import kumiki.device.capture.Recording;
import kumiki.device.capture.RecordingListener;
import kumiki.device.capture.SampleRecorder;
import kumiki.device.protocol.CollectorProtocol;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.serial.DeviceConnection;
import kumiki.device.serial.JSerialCommLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kumiki capture}: record labelled examples from a board running the Kumiki collector. */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = "Record labelled examples from a Wio Terminal running the Kumiki collector (see 'kumiki collector').")
public final class CaptureCommand extends KumikiCommand implements Callable<Integer> {
    @Option(names = "--port", required = true, paramLabel = "P", description = "The board's serial port.")
    String port;

    @Option(names = "--label", required = true, paramLabel = "L", description = "What the examples show, e.g. wave.")
    String label;

    @Option(names = "--seconds", required = true, paramLabel = "S", description = "Length of one example in seconds.")
    double seconds;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The dataset folder to add the examples to.")
    Path data;

    @Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "How many examples to record (default 1).")
    int count;

    @Option(names = "--countdown", defaultValue = "3", paramLabel = "S", description = "Seconds of countdown before each example (default 3).")
    int countdown;

    @Override
    public Integer call() throws Exception {
        if (!DatasetWriter.isValidLabel(label)) {
            throw new BadInputException(DeviceException.WORDS.get("capture.badLabel", label));
        }
        if (count < 1 || count > 100) {
            throw new BadInputException(DeviceException.WORDS.get("cli.capture.badCount", count));
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean quiet = jsonOption.json;
        List<Recording> recordings = new ArrayList<>();
        DeviceConnection c;
        try {
            c = new DeviceConnection(JSerialCommLink.open(port, CollectorProtocol.BAUD));
        } catch (DeviceException e) {
            throw new BadInputException(e.getMessage());
        }
        try (c) {
            DeviceHello hello;
            try {
                hello = Handshake.run(c, Handshake.DEFAULT_TIMEOUT);
            } catch (DeviceException e) {
                throw new BadInputException(e.getMessage());
            }
            SampleRecorder recorder = new SampleRecorder(c, hello, data).countdownSeconds(countdown);
            for (int i = 1; i <= count; i++) {
                int n = i;
                Recording r = recorder.record(label, seconds, new RecordingListener() {
                    @Override
                    public void countdown(int secondsLeft) {
                        if (!quiet) {
                            err.printf("\r%s %d...", DeviceException.WORDS.get("cli.capture.get.ready", label, n, count), secondsLeft);
                            err.flush();
                        }
                    }

                    @Override
                    public void progress(long readings, long wanted) {
                        if (!quiet) {
                            ProgressBar.draw(err, readings / (double) wanted,
                                    DeviceException.WORDS.get("cli.capture.recording", label, n, count));
                        }
                    }
                });
                recordings.add(r);
                if (!quiet) {
                    err.println();
                    spec.commandLine().getOut().println(r.message(Locale.getDefault()));
                }
                if (!c.isConnected()) {
                    break;
                }
            }
        } catch (DeviceException e) {
            throw new BadInputException(e.getMessage());
        }
        boolean allKept = recordings.size() == count && recordings.stream().allMatch(Recording::kept);
        if (quiet) {
            ObjectNode n = Json.object();
            n.put("ok", allKept);
            ArrayNode a = n.putArray("examples");
            for (Recording r : recordings) {
                ObjectNode o = a.addObject();
                o.put("kept", r.kept());
                o.put("file", r.kept() ? r.file().toString() : null);
                o.put("readings", r.readings());
                o.put("lost", r.lost());
                o.put("message", r.message(Locale.getDefault()));
            }
            spec.commandLine().getOut().println(n);
        }
        return allKept ? KumikiCli.OK : KumikiCli.FINDINGS;
    }
}
