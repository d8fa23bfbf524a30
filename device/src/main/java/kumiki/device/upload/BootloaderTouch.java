package kumiki.device.upload;

import com.fazecast.jSerialComm.SerialPort;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import kumiki.device.serial.BoardKind;
import kumiki.device.serial.DevicePort;
import kumiki.device.serial.PortScanner;

/**
 * The 1200-baud touch: opening a SAMD board's port at 1200 baud and closing it restarts the board
 * into its bootloader, which then shows up as a port with PID 0x002D (often under a new name).
 */
public final class BootloaderTouch {
    private final Supplier<List<DevicePort>> ports;
    private final long waitMs;

    public BootloaderTouch(Supplier<List<DevicePort>> ports, long waitMs) {
        this.ports = ports;
        this.waitMs = waitMs;
    }

    public static BootloaderTouch forThisMachine() {
        return new BootloaderTouch(PortScanner::list, 5000);
    }

    /** Touches {@code port} and returns the bootloader's port, or {@code port} itself if none appears. */
    public String resetToBootloader(String port) throws InterruptedException {
        SerialPort p = SerialPort.getCommPort(port);
        p.setComPortParameters(1200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        if (p.openPort()) {
            p.clearDTR();
            p.closePort();
        }
        long deadline = System.currentTimeMillis() + waitMs;
        while (System.currentTimeMillis() < deadline) {
            for (DevicePort d : ports.get()) {
                if (d.kind() == BoardKind.WIO_TERMINAL_BOOTLOADER) {
                    return d.path();
                }
            }
            Thread.sleep(200);
        }
        return Objects.requireNonNull(port);
    }
}
