package kumiki.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * The two things lesson Markdown is searched for, found in time proportional to the line: images
 * ({@code ![alt](path "title")}) and HTML tags. A lesson pack is hostile until checked, and regular
 * expressions for these take time proportional to the square of a line built against them (a 40 KB
 * line of {@code ![} took 20 s), so this scans each character a fixed number of times.
 */
public final class MarkdownScan {
    /** One image: its alt text and path, and where it stands in the line ({@code end} is exclusive). */
    public record Image(String alt, String path, int start, int end) {
    }

    private MarkdownScan() {
    }

    /** Every image in the line, left to right, as CommonMark-like {@code ![alt](path "title")}. */
    public static List<Image> images(String line) {
        List<Image> found = new ArrayList<>();
        int n = line.length();
        if (line.indexOf("![") < 0) {
            return found;
        }
        // For each position: where the path that starts there ends (the next ')' or white space),
        // and where the next '"' is. One pass from the right; every later question is answered at once.
        int[] pathEnd = new int[n + 1];
        int[] nextQuote = new int[n + 1];
        pathEnd[n] = n;
        nextQuote[n] = -1;
        for (int k = n - 1; k >= 0; k--) {
            char c = line.charAt(k);
            pathEnd[k] = c == ')' || isSpace(c) ? k : pathEnd[k + 1];
            nextQuote[k] = c == '"' ? k : nextQuote[k + 1];
        }
        int from = 0;
        while (from < n) {
            int start = line.indexOf("![", from);
            if (start < 0) {
                break;
            }
            int close = line.indexOf(']', start + 2);
            if (close < 0) {
                break; // no later "![" can close either
            }
            // Every "![" between start and close ends its alt text at the same ']': one answer for all.
            int open = close + 1;
            int end = open < n && line.charAt(open) == '(' ? closeOf(line, open + 1, pathEnd, nextQuote) : -1;
            if (end >= 0) {
                found.add(new Image(line.substring(start + 2, close), line.substring(open + 1, pathEnd[open + 1]), start, end));
                from = end;
            } else {
                from = close + 1;
            }
        }
        return found;
    }

    /** After "](": the path, then an optional white space and "title", then ')'; the end, or -1. */
    private static int closeOf(String line, int pathStart, int[] pathEnd, int[] nextQuote) {
        int n = line.length();
        int p = pathEnd[pathStart];
        int w = p;
        while (w < n && isSpace(line.charAt(w))) {
            w++;
        }
        if (w > p && w < n && line.charAt(w) == '"') {
            int q = nextQuote[w + 1 <= n ? w + 1 : n];
            if (q >= 0 && q + 1 < n && line.charAt(q + 1) == ')') {
                return q + 2;
            }
        }
        return p < n && line.charAt(p) == ')' ? p + 1 : -1;
    }

    /** Whether the line holds something that looks like an HTML tag: {@code <name ...>} or {@code </name>}. */
    public static boolean hasHtmlTag(String line) {
        int lastGt = line.lastIndexOf('>');
        int n = line.length();
        int from = 0;
        while (lastGt >= 0) {
            int lt = line.indexOf('<', from);
            if (lt < 0 || lt > lastGt) {
                return false;
            }
            int k = lt + 1;
            while (k < n && isSpace(line.charAt(k))) {
                k++;
            }
            if (k < n && line.charAt(k) == '/') {
                k++;
            }
            while (k < n && isSpace(line.charAt(k))) {
                k++;
            }
            if (k < n && isAsciiLetter(line.charAt(k)) && lastGt > k) {
                return true;
            }
            from = Math.max(lt + 1, k);
        }
        return false;
    }

    /** Java's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
