package kumiki.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kumiki.device.DeviceException;
import kumiki.device.protocol.DeviceLine;
import kumiki.device.serial.DeviceConnection;
import kumiki.device.serial.DeviceListener;
import kumiki.device.serial.JSerialCommLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kumiki monitor PORT}: what the board prints, line by line; lines typed here go to the board. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Show what the board prints. Lines you type are sent to the board. Ends when the board is unplugged or after --seconds.")
public final class MonitorCommand extends KumikiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PORT", description = "The serial port, e.g. /dev/ttyACM0 or COM3.")
    String port;

    @Option(names = "--baud", defaultValue = "115200", description = "Speed (default 115200; USB ignores it).")
    int baud;

    @Option(names = "--seconds", paramLabel = "S", description = "Stop after S seconds (default: until unplugged or Ctrl-C).")
    Double seconds;

    @Option(names = "--stdin", description = "Send lines from standard input to the board even when it is not a terminal.")
    boolean stdin;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch gone = new CountDownLatch(1);
        DeviceConnection c;
        try {
            c = new DeviceConnection(JSerialCommLink.open(port, baud));
        } catch (DeviceException e) {
            throw new BadInputException(e.getMessage());
        }
        try (c) {
            c.addListener(new DeviceListener() {
                @Override
                public void onLine(String raw, DeviceLine line) {
                    if (!(line instanceof DeviceLine.Damaged)) {
                        synchronized (out) {
                            out.println(raw);
                            out.flush();
                        }
                    }
                }

                @Override
                public void onDisconnected() {
                    gone.countDown();
                }
            });
            // Only a person at a terminal (or --stdin) types to the board: a parent process may use our
            // standard input for its own purposes (a test runner does), and reading it would steal that.
            if (stdin || System.console() != null) {
                Thread typing = new Thread(() -> forwardTyping(c), "kumiki-monitor-input");
                typing.setDaemon(true);
                typing.start();
            }
            if (seconds == null) {
                gone.await();
            } else {
                gone.await((long) (seconds * 1000), TimeUnit.MILLISECONDS);
            }
            if (!c.isConnected()) {
                err.println(DeviceException.WORDS.get("device.lost", port));
            }
            if (c.stats().dropped() > 0) {
                err.println(DeviceException.WORDS.get("cli.monitor.dropped", c.stats().dropped()));
            }
        }
        return KumikiCli.OK;
    }

    private static void forwardTyping(DeviceConnection c) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && c.isConnected()) {
                c.send(line);
            }
        } catch (IOException ignored) {
            // The board went away; the main thread reports it.
        }
    }
}
