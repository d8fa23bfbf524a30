package kumiki.device.upload;

import java.util.Locale;
import kumiki.device.DeviceException;

/**
 * Why an upload failed, in words a teacher can act on. {@code detail} is what the message needs
 * (the install command, the port, the compiler's words); {@code line} is the sketch line of a
 * compile error, or 0; {@code blockId} is the block that made that line, when known.
 */
public record UploadProblem(Kind kind, String detail, int line, String blockId) {
    public enum Kind {
        MISSING_CORE, MISSING_LIBRARY, PORT_BUSY, NO_DEVICE, PERMISSION, COMPILE_ERROR, NO_ARDUINO_CLI, OTHER
    }

    public UploadProblem withBlock(String id) {
        return new UploadProblem(kind, detail, line, id);
    }

    public String message(Locale locale) {
        String key = "upload." + kind.name().toLowerCase(Locale.ROOT).replace('_', '.');
        return DeviceException.WORDS.get(locale, key, detail, line);
    }
}
