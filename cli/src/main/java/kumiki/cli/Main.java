package kumiki.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

/**
 * The {@code kumiki} launcher's entry point: with no arguments (or just a .kumiki file) it opens the
 * editor; anything else is the command line.
 *
 * <p>The command line may not depend on the editor (Maven keeps the editor, the only JavaFX module,
 * on top), so the window is opened by class name. The launcher puts the editor on the class path;
 * an install without it still runs every command.
 */
public final class Main {
    static final String EDITOR = "kumiki.editor.ui.KumikiApp";

    private Main() {
    }

    public static void main(String[] args) {
        boolean openEditor = args.length == 0
                || args.length == 1 && args[0].endsWith(".kumiki") && !args[0].startsWith("-");
        if (!openEditor) {
            System.exit(KumikiCli.execute(args));
        }
        if (!hasDisplay()) {
            System.err.println(KumikiCli.WORDS.get("cli.noDisplay"));
            System.exit(KumikiCli.BAD_INPUT);
        }
        try {
            Class.forName(EDITOR).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (ClassNotFoundException e) {
            System.err.println(KumikiCli.WORDS.get("cli.noEditor"));
            System.exit(KumikiCli.BAD_INPUT);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** On Linux a window needs an X11 or Wayland display; elsewhere there always is one. */
    static boolean hasDisplay() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return true;
        }
        String x11 = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return x11 != null && !x11.isBlank() || wayland != null && !wayland.isBlank();
    }
}
