package kumiki.cli;

import java.io.PrintWriter;

/** The one-line progress bar commands draw on the terminal, redrawn in place with '\r'. */
public final class ProgressBar {
    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    public static void draw(PrintWriter err, double fraction, String text) {
        double f = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(WIDTH * f);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + text);
        err.flush();
    }
}
