package kumiki.ml.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a dataset folder: one sample per file, label before the first dot
 * ({@code wave.017.csv}, {@code clap.003.wav}). A bad file is left out with a
 * message naming it (and the line); the rest still load. Samples recorded at
 * another rate than most are resampled to it, with a notice.
 */
public final class DatasetReader {
    /** Sound is used at 16 kHz, the rate the device records at. */
    public static final double AUDIO_RATE_HZ = 16_000;
    /** No example file is larger; an import need not read one that is. */
    public static final long MAX_FILE_BYTES = SampleBounds.MAX_FILE_BYTES;

    private DatasetReader() {
    }

    public static Dataset read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        List<Sample> samples = new ArrayList<>();
        List<DatasetIssue> issues = new ArrayList<>();
        for (Path file : files) {
            readOne(file.getFileName().toString(), () -> {
                if (Files.size(file) > SampleBounds.MAX_FILE_BYTES) {
                    return null; // the readers say why, without reading it all
                }
                return Files.readAllBytes(file);
            }, samples, issues);
        }
        return new Dataset(unify(samples, issues), List.copyOf(issues));
    }

    /**
     * The same for files already in memory, by name: a project's {@code data/} entries, or the files a
     * child imports. Each bad file is named in the issues and left out; the good ones are kept.
     */
    public static Dataset read(Map<String, byte[]> files) {
        List<Sample> samples = new ArrayList<>();
        List<DatasetIssue> issues = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(files).entrySet()) {
            readOne(e.getKey(), e::getValue, samples, issues);
        }
        return new Dataset(unify(samples, issues), List.copyOf(issues));
    }

    private interface Bytes {
        /** The file's bytes, or null when it is too large to read. */
        byte[] get() throws IOException;
    }

    private static void readOne(String name, Bytes bytes, List<Sample> samples, List<DatasetIssue> issues) {
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!ext.equals("csv") && !ext.equals("wav")) {
            issues.add(new DatasetIssue(name, 0, true, "dataset.unknownFile"));
            return;
        }
        String label = name.substring(0, name.indexOf('.')).strip();
        if (label.isEmpty()) {
            issues.add(new DatasetIssue(name, 0, true, "dataset.noLabel"));
            return;
        }
        if (!Labels.isValid(label)) {
            // The label becomes a name in the model and the sketch; it must be one everywhere.
            issues.add(new DatasetIssue(name, 0, true, "dataset.badLabel", Labels.MAX_LENGTH));
            return;
        }
        try {
            byte[] content = bytes.get();
            if (content == null) {
                throw new SampleException(0, ext.equals("csv") ? "csv.tooLarge" : "wav.tooLarge");
            }
            samples.add(ext.equals("csv") ? CsvSampleReader.read(name, content, label) : WavSampleReader.read(name, content, label));
        } catch (SampleException e) {
            issues.add(new DatasetIssue(name, e.line, true, e.key, e.args));
        } catch (IOException e) {
            // One unreadable file (no permission, vanished) must not stop the others from loading.
            issues.add(new DatasetIssue(name, 0, true, "dataset.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /** One recording on its own (for predict), with the same checks as in a dataset. */
    public static Sample readSample(Path file) throws IOException {
        String name = file.getFileName().toString();
        String label = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (!Files.isRegularFile(file)) {
            throw new IOException(new DatasetIssue(name, 0, true, "sample.notAFile").message(Locale.getDefault()));
        }
        try {
            return name.toLowerCase(Locale.ROOT).endsWith(".wav") ? WavSampleReader.read(file, label)
                    : CsvSampleReader.read(file, label);
        } catch (SampleException e) {
            throw new IOException(new DatasetIssue(name, e.line, true, e.key, e.args).message(Locale.getDefault()));
        }
    }

    /** One set of columns and one rate for the whole dataset: the most common ones win. */
    private static List<Sample> unify(List<Sample> samples, List<DatasetIssue> issues) {
        if (samples.isEmpty()) {
            return samples;
        }
        Map<List<String>, Integer> layouts = new HashMap<>();
        for (Sample s : samples) {
            layouts.merge(s.channels(), 1, Integer::sum);
        }
        List<String> layout = layouts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        boolean audio = layout.equals(List.of("audio"));
        Map<Long, Integer> rates = new HashMap<>();
        for (Sample s : samples) {
            if (s.channels().equals(layout)) {
                rates.merge(Math.round(s.rateHz() * 10), 1, Integer::sum);
            }
        }
        double rate = audio ? AUDIO_RATE_HZ
                : rates.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 10.0;
        List<Sample> out = new ArrayList<>();
        for (Sample s : samples) {
            if (!s.channels().equals(layout)) {
                issues.add(new DatasetIssue(s.file(), 1, true, "csv.otherColumns",
                        String.join(",", s.channels()), String.join(",", layout)));
                continue;
            }
            if (Math.abs(s.rateHz() - rate) / rate > 0.02) {
                float[][] v = new float[s.values().length][];
                for (int c = 0; c < v.length; c++) {
                    v[c] = Resample.toRate(s.values()[c], s.rateHz(), rate);
                }
                issues.add(new DatasetIssue(s.file(), 0, false, "sample.resampled", fmt(s.rateHz()), fmt(rate)));
                out.add(new Sample(s.file(), s.label(), s.channels(), rate, v));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String fmt(double hz) {
        return hz == Math.rint(hz) ? String.valueOf((long) hz) : String.format(Locale.ROOT, "%.1f", hz);
    }
}
