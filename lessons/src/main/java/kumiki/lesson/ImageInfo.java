package kumiki.lesson;

/** The size of a PNG, GIF or JPEG from its header alone, without decoding (a hostile image never gets decoded to be measured). */
public final class ImageInfo {
    private ImageInfo() {
    }

    /**
     * {width, height}, each at least 1, or null when the bytes are not a PNG, GIF or JPEG. A header
     * whose size reads as zero or negative (a PNG's 0xFFFFFFFF is -1 as an int) is no image: it must
     * not slip under a "too large" check by being less than the limit.
     */
    public static int[] dimensions(byte[] b) {
        int[] size = header(b);
        return size == null || size[0] < 1 || size[1] < 1 ? null : size;
    }

    /** True when the bytes are an image the lesson may show: a known format, within both limits. */
    public static boolean isShowable(byte[] b, int maxSide, long maxBytes) {
        int[] size = dimensions(b);
        return size != null && size[0] <= maxSide && size[1] <= maxSide && b.length <= maxBytes;
    }

    private static int[] header(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return new int[] {int32(b, 16), int32(b, 20)};
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return new int[] {(b[6] & 0xFF) | (b[7] & 0xFF) << 8, (b[8] & 0xFF) | (b[9] & 0xFF) << 8};
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            int i = 2;
            while (i + 9 < b.length) {
                if ((b[i] & 0xFF) != 0xFF) {
                    return null;
                }
                int marker = b[i + 1] & 0xFF;
                int length = (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
                boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                if (frame) {
                    return new int[] {(b[i + 7] & 0xFF) << 8 | (b[i + 8] & 0xFF), (b[i + 5] & 0xFF) << 8 | (b[i + 6] & 0xFF)};
                }
                i += 2 + length;
            }
        }
        return null;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
