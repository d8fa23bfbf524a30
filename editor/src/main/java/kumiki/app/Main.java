package kumiki.app;

import java.util.Locale;
import javafx.application.Application;
import kumiki.cli.KumikiCli;
import kumiki.codegen.Messages;
import kumiki.device.cli.DeviceCommands;
import kumiki.editor.KumikiApp;

/**
 * {@code kumiki} with no arguments (or just a .kumiki file) opens the editor;
 * anything else is the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        boolean openEditor = args.length == 0
                || args.length == 1 && args[0].endsWith(".kumiki") && !args[0].startsWith("-");
        if (!openEditor) {
            System.exit(KumikiCli.execute(DeviceCommands.all(), args));
        }
        if (!hasDisplay()) {
            System.err.println(Messages.get(Locale.getDefault(), "cli.noDisplay"));
            System.exit(KumikiCli.BAD_INPUT);
        }
        Application.launch(KumikiApp.class, args);
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
