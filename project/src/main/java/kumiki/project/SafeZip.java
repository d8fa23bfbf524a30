package kumiki.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What every zip Kumiki opens (projects, lesson packs) must pass: plain relative names, sizes
 * counted while unpacking rather than taken from the zip's headers, and no symbolic links.
 */
public final class SafeZip {
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int UNIX_TYPE_MASK = 0170000;
    private static final int UNIX_SYMLINK = 0120000;

    private SafeZip() {
    }

    /** Plain relative paths only: no absolute paths, no "..", no backslashes, no drive letters. */
    public static boolean isSafeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records {@code name} among the entries seen so far; false if it is already there, ignoring case.
     * A zip can hold one name twice, and readers disagree on which copy wins; on Windows and macOS two
     * names that differ only in case are one file. Either way, such an archive is refused, not guessed at.
     */
    public static boolean firstOf(Set<String> seen, String name) {
        return seen.add(name.toLowerCase(Locale.ROOT));
    }

    /** The bytes, or null if there are more than {@code limit}. */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Names of entries stored as Unix symbolic links. java.util.zip does not show the external
     * attributes where zip keeps a file's mode, so the central directory is read here directly.
     */
    public static Set<String> symlinks(byte[] zip) {
        Set<String> links = new LinkedHashSet<>();
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
            if (b.getInt(i) == EOCD_SIGNATURE) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return links;
        }
        int entries = b.getShort(eocd + 10) & 0xFFFF;
        long offset = b.getInt(eocd + 16) & 0xFFFFFFFFL;
        int p = (int) Math.min(offset, zip.length);
        for (int i = 0; i < entries && p + 46 <= zip.length && b.getInt(p) == CENTRAL_SIGNATURE; i++) {
            int madeBy = (b.getShort(p + 4) & 0xFFFF) >> 8;
            int nameLength = b.getShort(p + 28) & 0xFFFF;
            int extraLength = b.getShort(p + 30) & 0xFFFF;
            int commentLength = b.getShort(p + 32) & 0xFFFF;
            long external = b.getInt(p + 38) & 0xFFFFFFFFL;
            if (p + 46 + nameLength > zip.length) {
                break;
            }
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            // Host 3 is Unix: the high 16 bits of the external attributes are the file mode.
            if (madeBy == 3 && ((external >> 16) & UNIX_TYPE_MASK) == UNIX_SYMLINK) {
                links.add(name);
            }
            p += 46 + nameLength + extraLength + commentLength;
        }
        return links;
    }
}
