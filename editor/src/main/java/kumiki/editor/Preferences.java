package kumiki.editor;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kumiki.project.AtomicFile;

/**
 * The few settings a teacher sets once per machine ({@code ~/.kumiki/preferences.properties}):
 * where arduino-cli is, the serial speed, and the look (high contrast, large blocks). A damaged file counts as empty; it is never fatal.
 */
public final class Preferences {
    public static final String ARDUINO_CLI = "arduinoCli";
    public static final String BAUD = "baud";
    /** Settings: "true" for the high-contrast look of the whole window. */
    public static final String HIGH_CONTRAST = "highContrast";
    /** Settings: "true" for large blocks and larger text. */
    public static final String LARGE = "largeBlocks";

    private final Path file;
    private final Properties values = new Properties();

    public Preferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    public static Preferences standard() {
        return new Preferences(KumikiHome.dir().resolve("preferences.properties"));
    }

    public Path file() {
        return file;
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    /** Sets and writes at once (atomically); a failure to write keeps the value for this session. */
    public void set(String key, String value) {
        values.setProperty(key, value == null ? "" : value);
        try {
            StringWriter w = new StringWriter();
            values.store(w, "Kumiki preferences");
            byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            // Preferences are a convenience; the session goes on with the value in memory.
        }
    }
}
