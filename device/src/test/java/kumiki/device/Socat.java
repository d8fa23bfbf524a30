package kumiki.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two linked pseudo-terminals from socat: Kumiki opens {@link #host()}, the emulator opens
 * {@link #board()}. Killing socat is what pulling the USB cable looks like to the serial code.
 */
public final class Socat implements AutoCloseable {
    private final Path host;
    private final Path board;
    private Process process;

    public Socat(Path dir) {
        this.host = dir.resolve("host");
        this.board = dir.resolve("board");
    }

    public Socat start() throws IOException, InterruptedException {
        Files.createDirectories(host.getParent());
        process = new ProcessBuilder(List.of("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + host, "pty,raw,echo=0,link=" + board))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(host) && Files.exists(board))) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IOException("socat did not make its pseudo-terminals (is socat installed?)");
            }
            Thread.sleep(20);
        }
        return this;
    }

    public String host() {
        return host.toString();
    }

    public String board() {
        return board.toString();
    }

    /** The cable is pulled: both ends vanish at once. */
    public void unplug() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
            process.destroyForcibly();
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        unplug();
    }
}
