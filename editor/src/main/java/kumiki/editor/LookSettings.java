package kumiki.editor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How the window looks for a child who needs it: high contrast, large blocks. Chosen in Settings,
 * kept per machine in the preferences (a classroom's computer keeps its setting), applied to the
 * blocks and to the JavaFX controls alike. The file is written off the FX thread.
 */
public final class LookSettings {
    private final BooleanProperty highContrast = new SimpleBooleanProperty();
    private final BooleanProperty large = new SimpleBooleanProperty();
    private final Preferences preferences;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kumiki-preferences");
        t.setDaemon(true);
        return t;
    });

    public LookSettings(Preferences preferences) {
        this.preferences = preferences;
        highContrast.set(Boolean.parseBoolean(preferences.get(Preferences.HIGH_CONTRAST, "false").strip()));
        large.set(Boolean.parseBoolean(preferences.get(Preferences.LARGE, "false").strip()));
        highContrast.addListener((o, a, on) -> keep(Preferences.HIGH_CONTRAST, on));
        large.addListener((o, a, on) -> keep(Preferences.LARGE, on));
    }

    public static LookSettings standard() {
        return new LookSettings(Preferences.standard());
    }

    private void keep(String key, boolean on) {
        writer.submit(() -> preferences.set(key, Boolean.toString(on)));
    }

    /** Where the look is kept (for tests and diagnostics). */
    public java.nio.file.Path file() {
        return preferences.file();
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public BooleanProperty largeProperty() {
        return large;
    }
}
