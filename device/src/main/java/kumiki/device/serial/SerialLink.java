package kumiki.device.serial;

import java.io.IOException;

/** A byte pipe to a board. Reads wait at most a short while, so a silent board never hangs a thread. */
public interface SerialLink extends AutoCloseable {
    /**
     * Reads what has arrived, waiting at most about 100 ms. Returns 0 when nothing came.
     *
     * @throws LinkLostException when the port has gone (the cable was pulled)
     */
    int read(byte[] buffer) throws IOException;

    void write(byte[] bytes) throws IOException;

    String portName();

    @Override
    void close();
}
