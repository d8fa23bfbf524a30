package kumiki.device.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kumiki.device.protocol.DeviceHello;
import kumiki.ml.dataset.Labels;

/**
 * The dataset format the trainer reads: names with the label before the first dot, CSV with a
 * timestamp column, 16-bit mono WAV for sound.
 */
public final class DatasetWriter {
    /** label, optional session tag, number: {@code wave.017.csv} or {@code wave.s2.017.csv}. */
    private static final Pattern NUMBERED = Pattern.compile("([^.]+)(?:\\.([A-Za-z][A-Za-z0-9_-]{0,31}))?\\.(\\d+)\\.(csv|wav)");
    private static final Pattern SESSION = Pattern.compile("s(\\d{1,6})");

    private DatasetWriter() {
    }

    public static boolean isValidLabel(String label) {
        return Labels.isValid(label);
    }

    /** {@code label.NNN.ext} with NNN one more than the highest already in the folder. */
    public static Path nextFile(Path dataset, String label, String extension) throws IOException {
        List<String> names = List.of();
        if (Files.isDirectory(dataset)) {
            try (Stream<Path> files = Files.list(dataset)) {
                names = files.map(f -> f.getFileName().toString()).toList();
            }
        }
        return dataset.resolve(nextName(names, label, extension));
    }

    /**
     * {@code label.NNN.ext} with NNN one more than the highest among {@code existing} file names.
     * Labels are compared ignoring case, and a label already in the folder keeps its spelling:
     * {@code Wave} next to {@code wave.001.csv} becomes {@code wave.002.csv}, never a second
     * {@code 001} that a case-insensitive file system would write over.
     */
    public static String nextName(Collection<String> existing, String label, String extension) {
        return nextName(existing, label, extension, "");
    }

    /**
     * The same, with the recording session's tag: {@code wave.s3.012.csv}. Numbers run on across
     * sessions, so the highest is always the most recent recording of the label.
     */
    public static String nextName(Collection<String> existing, String label, String extension, String session) {
        int highest = 0;
        String spelling = label;
        for (String name : existing) {
            Matcher m = NUMBERED.matcher(name);
            if (m.matches() && Labels.fold(m.group(1)).equals(Labels.fold(label)) && m.group(3).length() <= 9) {
                highest = Math.max(highest, Integer.parseInt(m.group(3)));
                spelling = m.group(1);
            }
        }
        String tag = session == null || session.isEmpty() ? "" : session + ".";
        return String.format(Locale.ROOT, "%s.%s%03d.%s", spelling, tag, highest + 1, extension);
    }

    /**
     * The tag for a new recording session among these file names: {@code s1}, or one more than the
     * highest {@code sN} already there. Training holds out whole sessions to test on, so a model is
     * judged on recordings made at another time, as the next child's will be.
     */
    public static String newSession(Collection<String> existing) {
        int highest = 0;
        for (String name : existing) {
            Matcher m = NUMBERED.matcher(name);
            if (m.matches() && m.group(2) != null) {
                Matcher s = SESSION.matcher(m.group(2));
                if (s.matches()) {
                    highest = Math.max(highest, Integer.parseInt(s.group(1)));
                }
            }
        }
        return "s" + (highest + 1);
    }

    /** {@code label.sN.NNN.ext} in a dataset folder, for a session chosen with {@link #newSession}. */
    public static Path nextFile(Path dataset, String label, String extension, String session) throws IOException {
        return dataset.resolve(nextName(names(dataset), label, extension, session));
    }

    static List<String> names(Path dataset) throws IOException {
        if (!Files.isDirectory(dataset)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataset)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** CSV: {@code timestamp,<columns>}, the fields exactly as the board sent them, time from the declared rate. */
    public static byte[] csv(DeviceHello hello, List<String> rows) {
        StringBuilder csv = new StringBuilder("timestamp,").append(String.join(",", hello.columns())).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            csv.append(timestamp(i, hello.rate())).append(',').append(rows.get(i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Milliseconds of reading {@code index}, without trailing zeros: 0, 16, 32 at 62.5 per second. */
    public static String timestamp(long index, double rate) {
        return DeviceHello.formatRate(index * 1000.0 / rate);
    }

    public static byte[] wav(int rate, short[] samples) {
        int dataBytes = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }
}
