package kumiki.ml.train;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How TensorFlow's native library is started, wherever Kumiki runs: from {@code ./kumiki}, from the
 * installed app (whose launcher cannot set environment variables) or inside a test.
 *
 * <ul>
 *   <li>Before the library loads, the two variables it reads at load time are set unless the user set
 *       them: {@code TF_ENABLE_ONEDNN_OPTS=0}, without which oneDNN may sum floats in an order that
 *       depends on where buffers land, so the same seed would not give the same model; and
 *       {@code TF_CPP_MIN_LOG_LEVEL=2}, which keeps its info lines off the terminal.</li>
 *   <li>Two lines escape that level ("All log messages before absl::InitializeLog() is called…" and
 *       "MLIR V1 optimization pass is not enabled"): absl writes them straight to file descriptor 2
 *       on the first run of a session, where no Java stream can catch them. For that one run,
 *       descriptor 2 points at the null device and is put back right after. Kumiki's own words are
 *       not written meanwhile: the command line flushes what it prints (ProgressBar) before training.</li>
 * </ul>
 * A child or teacher sees only Kumiki's words. Where the C library cannot be reached (Windows), the
 * lines simply stay.
 */
final class TensorFlowStart {
    private static final AtomicBoolean PREPARED = new AtomicBoolean();
    private static final AtomicBoolean FIRST_RUN_DONE = new AtomicBoolean();
    private static final int STDERR = 2;
    private static final int O_WRONLY = 1;

    /** The POSIX calls needed, bound by JNA. */
    interface C extends Library {
        int setenv(String name, String value, int overwrite);

        int dup(int fd);

        int dup2(int from, int to);

        int open(String path, int flags);

        int close(int fd);
    }

    private TensorFlowStart() {
    }

    private static C libc() {
        if (Platform.isWindows()) return null;
        try {
            return Native.load("c", C.class);
        } catch (LinkageError e) {
            return null;
        }
    }

    /** Call before the first use of any org.tensorflow class that loads the native library. */
    static void prepareEnvironment() {
        if (PREPARED.getAndSet(true)) return;
        C c = libc();
        if (c == null) return;
        c.setenv("TF_ENABLE_ONEDNN_OPTS", "0", 0);
        c.setenv("TF_CPP_MIN_LOG_LEVEL", "2", 0);
    }

    /** Runs {@code firstRun}; the first time in this process, with native stderr silenced. */
    static void quietFirstRun(Runnable firstRun) {
        C c = FIRST_RUN_DONE.getAndSet(true) ? null : libc();
        if (c == null) {
            firstRun.run();
            return;
        }
        int saved = c.dup(STDERR);
        int nothing = saved < 0 ? -1 : c.open("/dev/null", O_WRONLY);
        if (nothing < 0) {
            if (saved >= 0) c.close(saved);
            firstRun.run();
            return;
        }
        c.dup2(nothing, STDERR);
        c.close(nothing);
        try {
            firstRun.run();
        } finally {
            c.dup2(saved, STDERR);
            c.close(saved);
        }
    }
}
