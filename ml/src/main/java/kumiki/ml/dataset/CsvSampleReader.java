package kumiki.ml.dataset;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one CSV sample in Edge Impulse's layout: a header {@code timestamp,<channels>}
 * (for motion {@code timestamp,accX,accY,accZ}; light or analog {@code timestamp,value}),
 * then one row per reading with the time in milliseconds.
 */
final class CsvSampleReader {
    /** Readings further apart than this, relative to the usual gap, mean lost data, not jitter. */
    static final double MAX_GAP_RATIO = 1.5;

    private CsvSampleReader() {
    }

    static Sample read(Path file, String label) throws SampleException, IOException {
        if (Files.size(file) > SampleBounds.MAX_FILE_BYTES) {
            throw new SampleException(0, "csv.tooLarge");
        }
        return read(file.getFileName().toString(), Files.readAllBytes(file), label);
    }

    /** The same for a file already in memory (a project's {@code data/} entry, an import). */
    static Sample read(String name, byte[] bytes, String label) throws SampleException {
        if (bytes.length > SampleBounds.MAX_FILE_BYTES) {
            throw new SampleException(0, "csv.tooLarge");
        }
        List<String> lines;
        try {
            lines = new ArrayList<>(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString().lines().toList());
        } catch (CharacterCodingException e) {
            throw new SampleException(0, "csv.notText");
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new SampleException(0, "csv.empty");
        }
        String[] header = lines.get(0).strip().replace("\uFEFF", "").split(",");
        if (header.length < 2 || !header[0].strip().equalsIgnoreCase("timestamp")) {
            throw new SampleException(1, "csv.badHeader");
        }
        List<String> channels = new ArrayList<>();
        for (int i = 1; i < header.length; i++) {
            channels.add(header[i].strip());
        }
        int rows = lines.size() - 1;
        if (rows < 2) {
            throw new SampleException(0, "csv.tooShort");
        }
        double[] time = new double[rows];
        float[][] values = new float[channels.size()][rows];
        for (int r = 0; r < rows; r++) {
            int lineNo = r + 2;
            String[] cells = lines.get(r + 1).split(",", -1);
            if (cells.length != header.length) {
                throw new SampleException(lineNo, "csv.columnCount", header.length, cells.length);
            }
            time[r] = number(cells[0], lineNo);
            for (int c = 0; c < channels.size(); c++) {
                float v = (float) number(cells[c + 1], lineNo);
                if (!Float.isFinite(v)) {
                    // Finite as a double, but the model works in floats: one such cell would make every scale NaN.
                    throw new SampleException(lineNo, "csv.tooLargeNumber", cells[c + 1].strip());
                }
                values[c][r] = v;
            }
            if (r > 0 && time[r] <= time[r - 1]) {
                throw new SampleException(lineNo, "csv.timeOrder");
            }
        }
        double[] gaps = new double[rows - 1];
        for (int i = 1; i < rows; i++) {
            gaps[i - 1] = time[i] - time[i - 1];
        }
        double[] sorted = gaps.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        if (sorted[sorted.length - 1] > median * MAX_GAP_RATIO || sorted[0] < median / MAX_GAP_RATIO) {
            throw new SampleException(0, "csv.uneven", round(sorted[0]), round(sorted[sorted.length - 1]));
        }
        double mean = (time[rows - 1] - time[0]) / (rows - 1);
        return SampleBounds.checked(new Sample(name, label, List.copyOf(channels), 1000.0 / mean, values),
                SampleBounds.MIN_RATE_HZ, SampleBounds.MAX_CSV_RATE_HZ);
    }

    private static double number(String cell, int line) throws SampleException {
        String s = cell.strip();
        try {
            double v = Double.parseDouble(s);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SampleException(line, "csv.notNumber", s.length() > 20 ? s.substring(0, 20) + "…" : s);
        }
    }

    private static String round(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }
}
