package kumiki.device.capture;

import java.nio.file.Path;
import java.util.Locale;
import kumiki.device.DeviceException;

/**
 * How one recording ended: saved as {@code file}, or discarded for a reason the child can act on.
 * {@code lost} counts readings that never arrived (sequence gaps, damaged lines).
 */
public record Recording(Path file, long readings, long lost, String discardKey, Object[] discardArgs) {

    public static Recording saved(Path file, long readings) {
        return new Recording(file, readings, 0, null, new Object[0]);
    }

    public static Recording discarded(long readings, long lost, String key, Object... args) {
        return new Recording(null, readings, lost, key, args.clone());
    }

    public boolean kept() {
        return file != null;
    }

    public String message(Locale locale) {
        return kept() ? DeviceException.WORDS.get(locale, "capture.saved", file.getFileName(), readings)
                : DeviceException.WORDS.get(locale, discardKey, discardArgs);
    }
}
