package kumiki.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text from files and boards (labels, file names, what a board prints) goes to a terminal, where
 * an ESC or a C1 control is a command: it can clear the screen, retitle the window or hide the
 * lines before it. Every command prints through this filter, which shows such characters as '?'.
 * Newline, tab and the carriage return the progress bar redraws with pass.
 */
public final class TerminalText extends FilterWriter {
    private TerminalText(Writer out) {
        super(out);
    }

    /** A writer for a command's output or error stream. */
    public static PrintWriter writer(Writer out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    static boolean isUnsafe(int c) {
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E // bidirectional overrides can make text read backwards
                || c >= 0x2066 && c <= 0x2069;
    }

    /** {@code text} on one line, safe for a terminal: for messages that quote a file's contents. */
    public static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else {
                b.appendCodePoint(isUnsafe(c) ? '?' : c);
            }
        });
        return b.toString().strip();
    }

    @Override
    public void write(int c) throws IOException {
        out.write(isUnsafe(c) ? '?' : c);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        char[] copy = new char[len];
        for (int i = 0; i < len; i++) {
            char c = buf[off + i];
            copy[i] = isUnsafe(c) ? '?' : c;
        }
        out.write(copy, 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }
}
