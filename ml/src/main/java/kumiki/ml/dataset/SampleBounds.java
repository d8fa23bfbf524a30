package kumiki.ml.dataset;

import java.util.Locale;

/**
 * What a recording may claim about itself before Kumiki believes it. The rate and length come
 * from the file, and everything downstream (resampling, windows, features) allocates from them;
 * a 69-byte CSV with timestamps 1e10 ms apart would otherwise ask for gigabytes.
 */
final class SampleBounds {
    /** Files are read whole; no sensor example comes near this. */
    static final long MAX_FILE_BYTES = 64L << 20;
    static final double MIN_RATE_HZ = 1;
    static final double MAX_CSV_RATE_HZ = 10_000;
    static final double MIN_SOUND_RATE_HZ = 4_000;
    static final double MAX_SOUND_RATE_HZ = 96_000;
    /** Ten minutes: longer than any example a class records, short enough to resample in memory. */
    static final double MAX_SECONDS = 600;

    private SampleBounds() {
    }

    static Sample checked(Sample s, double minRate, double maxRate) throws SampleException {
        if (!(s.rateHz() >= minRate && s.rateHz() <= maxRate)) {
            throw new SampleException(0, "sample.badRate", fmt(s.rateHz()), fmt(minRate), fmt(maxRate));
        }
        if (s.length() / s.rateHz() > MAX_SECONDS) {
            throw new SampleException(0, "sample.tooLong", Math.round(s.length() / s.rateHz()), (long) MAX_SECONDS);
        }
        return s;
    }

    private static String fmt(double hz) {
        return String.format(Locale.ROOT, hz >= 0.1 && hz < 1e7 ? "%.1f" : "%.2g", hz);
    }
}
