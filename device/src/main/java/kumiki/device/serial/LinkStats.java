package kumiki.device.serial;

import java.util.concurrent.atomic.AtomicLong;

/** What arrived damaged and was dropped, by kind: shown to the user, never silently lost. */
public final class LinkStats {
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong lines = new AtomicLong();
    final AtomicLong garbage = new AtomicLong();
    final AtomicLong badChecksum = new AtomicLong();
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong overlong = new AtomicLong();
    final AtomicLong partial = new AtomicLong();

    public long bytes() {
        return bytes.get();
    }

    public long lines() {
        return lines.get();
    }

    /** Lines with bytes no printed text has: noise, or the wrong speed. */
    public long garbage() {
        return garbage.get();
    }

    public long badChecksum() {
        return badChecksum.get();
    }

    public long malformed() {
        return malformed.get();
    }

    public long overlong() {
        return overlong.get();
    }

    /** Lines cut off by the end of the link. */
    public long partial() {
        return partial.get();
    }

    public long dropped() {
        return garbage() + badChecksum() + malformed() + overlong() + partial();
    }
}
