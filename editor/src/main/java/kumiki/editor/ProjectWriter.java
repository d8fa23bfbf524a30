package kumiki.editor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one thread that writes project files, so the window never waits for a disk. Writes run in the
 * order they were asked for. A recovery copy that a newer one will replace is skipped when its turn
 * comes (the newest wins), so a burst of block drops costs one write, not one each; a clear between
 * two copies still runs between them.
 */
public final class ProjectWriter {
    /** Writing that may fail with any exception; the job itself reports failures (through the UI executor). */
    public interface Job {
        void run() throws Exception;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kumiki-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong newestRecovery = new AtomicLong();

    /** A recovery copy: skipped if a newer one is asked for before it runs. */
    public void recovery(Job job) {
        long mine = newestRecovery.incrementAndGet();
        thread.execute(() -> {
            if (newestRecovery.get() == mine) {
                runQuietly(job);
            }
        });
    }

    /** Any other write, in order. */
    public void write(Job job) {
        thread.execute(() -> runQuietly(job));
    }

    private static void runQuietly(Job job) {
        try {
            job.run();
        } catch (Exception e) {
            // A job reports its own failures to the child; nothing may stop the writer thread.
        }
    }

    /** Completes once everything asked for so far is on disk (tests; closing the window). */
    public CompletableFuture<Void> flush() {
        return CompletableFuture.runAsync(() -> { }, thread);
    }

    /** Waits for {@link #flush()}, at most {@code seconds}. */
    public void awaitWrites(long seconds) {
        try {
            flush().get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the project writer did not finish within " + seconds + " s", e);
        }
    }
}
