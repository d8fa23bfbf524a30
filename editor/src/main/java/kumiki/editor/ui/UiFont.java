package kumiki.editor.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Kumiki's own font for every JavaFX label: Noto Sans JP, one weight, from npm through the blocks module
 * (the page uses the same file). JavaFX draws empty boxes for Japanese when it finds no font for it,
 * even where the system has one, so Kumiki never leaves that to the machine. The stylesheet names
 * the family ({@link #FAMILY}); it must be loaded before the first scene is styled.
 */
public final class UiFont {
    public static final String RESOURCE = "/kumiki/blocks/web/fonts/kumiki-ui.ttf";
    /** The family inside the file, as kumiki.css names it. */
    public static final String FAMILY = "Noto Sans JP";
    private static volatile Font loaded;

    private UiFont() {
    }

    private static Font read(String resource) {
        try (InputStream in = UiFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Kumiki's font is missing from the build: " + resource);
            }
            Font f = Font.loadFont(in, 14);
            if (f == null) {
                throw new IllegalStateException("JavaFX could not read Kumiki's font " + resource);
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the font once (5.5 MB); the app calls this off the FX thread, before any window. */
    public static Font load() {
        Font f = loaded;
        if (f == null) {
            synchronized (UiFont.class) {
                if (loaded == null) {
                    loaded = read(RESOURCE);
                }
                f = loaded;
            }
        }
        return f;
    }
}
