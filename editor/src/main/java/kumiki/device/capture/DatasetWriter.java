package kumiki.device.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kumiki.device.protocol.DeviceHello;
import kumiki.project.AtomicFile;

/**
 * Puts a finished example into a dataset folder at once, in the dataset format the trainer reads
 * (label before the first dot). Written through a temporary file and an atomic rename, so a crash or
 * a pulled cable never leaves half a file among the child's examples.
 */
public final class DatasetWriter {
    /** Letters of any script, digits, '_' and '-': safe as a file name and free of the dot that ends a label. */
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}_-]{1,40}");
    private static final Pattern NUMBERED = Pattern.compile("(.+)\\.(\\d+)\\.(csv|wav)");

    private DatasetWriter() {
    }

    public static boolean isValidLabel(String label) {
        return label != null && LABEL.matcher(label).matches();
    }

    /** {@code label.NNN.ext} with NNN one more than the highest already there. */
    public static Path nextFile(Path dataset, String label, String extension) throws IOException {
        int highest = 0;
        if (Files.isDirectory(dataset)) {
            try (Stream<Path> files = Files.list(dataset)) {
                for (Path f : files.toList()) {
                    Matcher m = NUMBERED.matcher(f.getFileName().toString());
                    if (m.matches() && m.group(1).equals(label)) {
                        highest = Math.max(highest, Integer.parseInt(m.group(2).length() > 9 ? "0" : m.group(2)));
                    }
                }
            }
        }
        return dataset.resolve(String.format(Locale.ROOT, "%s.%03d.%s", label, highest + 1, extension));
    }

    /** CSV: {@code timestamp,<columns>}, the fields exactly as the board sent them, time from the declared rate. */
    public static Path writeCsv(Path dataset, String label, DeviceHello hello, List<String> rows) throws IOException {
        Files.createDirectories(dataset);
        StringBuilder csv = new StringBuilder("timestamp,").append(String.join(",", hello.columns())).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            csv.append(timestamp(i, hello.rate())).append(',').append(rows.get(i)).append('\n');
        }
        Path file = nextFile(dataset, label, "csv");
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
        return file;
    }

    /** Milliseconds of reading {@code index}, without trailing zeros: 0, 16, 32 at 62.5 per second. */
    public static String timestamp(long index, double rate) {
        return DeviceHello.formatRate(index * 1000.0 / rate);
    }

    /** WAV: 16-bit mono PCM at the declared rate. */
    public static Path writeWav(Path dataset, String label, int rate, short[] samples) throws IOException {
        Files.createDirectories(dataset);
        Path file = nextFile(dataset, label, "wav");
        byte[] bytes = wav(rate, samples);
        AtomicFile.write(file, out -> out.write(bytes));
        return file;
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
