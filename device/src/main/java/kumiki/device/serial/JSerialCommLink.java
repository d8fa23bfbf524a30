package kumiki.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kumiki.device.DeviceException;

/** A real serial port through jSerialComm: USB on a Wio Terminal, a pseudo-terminal in tests. */
public final class JSerialCommLink implements SerialLink {
    private static final int READ_WAIT_MS = 100;
    private final SerialPort port;
    private final String name;

    private JSerialCommLink(SerialPort port, String name) {
        this.port = port;
        this.name = name;
    }

    public static JSerialCommLink open(String portName, int baud) throws DeviceException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(portName);
        } catch (RuntimeException e) {
            throw new DeviceException("port.missing", portName);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_WAIT_MS, 1000);
        if (!port.openPort(0)) {
            int error = port.getLastErrorCode();
            // errno 16 (EBUSY) or 13 (EACCES) come back from open(2); anything else means it is not there.
            if (error == 16 || port.getLastErrorLocation() > 0 && isPresent(portName)) {
                throw new DeviceException(error == 13 ? "port.denied" : "port.busy", portName);
            }
            throw new DeviceException("port.missing", portName);
        }
        // USB serial on the SAMD51 sends nothing until the host raises DTR.
        port.setDTR();
        return new JSerialCommLink(port, portName);
    }

    private static boolean isPresent(String portName) {
        return portName.startsWith("/") ? Files.exists(Path.of(portName)) : true;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0 || n == 0 && !stillThere()) {
            throw new LinkLostException(name);
        }
        return n;
    }

    /** A pulled cable shows as an error, or as a port whose device file has vanished. */
    private boolean stillThere() {
        return port.bytesAvailable() >= 0 && isPresent(name);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        int n = port.writeBytes(bytes, bytes.length);
        if (n < 0) {
            throw new LinkLostException(name);
        }
    }

    @Override
    public String portName() {
        return name;
    }

    @Override
    public void close() {
        port.closePort();
    }
}
