package kumiki.ml.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kumiki.ml.ModelPackage;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.DatasetIssue;
import kumiki.ml.dataset.DatasetReader;
import kumiki.ml.synth.GestureGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiny files that claim huge things. Each one is left out with a line naming it, before anything
 * is allocated from what it claims; the good files beside it still load.
 */
@Timeout(60)
class HostileDatasetTest {
    @TempDir
    Path dir;

    private DatasetIssue onlyIssueFor(Dataset d, String file) {
        assertThat(d.issues()).filteredOn(i -> i.file().equals(file)).hasSize(1);
        return d.issues().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
    }

    static byte[] wav(int rate, int frames) {
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + frames * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(frames * 2);
        return b.array();
    }

    @Test
    void timestampsTenMillionSecondsApartAreRefusedNotResampled() throws Exception {
        GestureGenerator.standard(1).writeDataset(dir, 3);
        Files.writeString(dir.resolve("wave.900.csv"), "timestamp,accX,accY,accZ\n0,1,2,3\n1.1e10,1,2,3\n2.2e10,1,2,3\n");
        Dataset d = DatasetReader.read(dir);
        assertThat(onlyIssueFor(d, "wave.900.csv").key()).isEqualTo("sample.badRate");
        assertThat(d.samples()).hasSize(12);
    }

    @Test
    void aSoundFileDeclaringOneHertzIsRefused() throws Exception {
        Files.write(dir.resolve("clap.001.wav"), wav(1, 2_000_000));
        Files.write(dir.resolve("clap.002.wav"), wav(16000, 16000));
        Dataset d = DatasetReader.read(dir);
        DatasetIssue issue = onlyIssueFor(d, "clap.001.wav");
        assertThat(issue.key()).isEqualTo("sample.badRate");
        assertThat(issue.message(Locale.ENGLISH)).contains("clap.001.wav", "1.0 times a second");
        assertThat(d.samples()).hasSize(1);
    }

    @Test
    void aRecordingLongerThanTenMinutesIsRefused() throws Exception {
        Files.write(dir.resolve("clap.001.wav"), wav(4000, 4000 * 700));
        assertThat(onlyIssueFor(DatasetReader.read(dir), "clap.001.wav").key()).isEqualTo("sample.tooLong");
    }

    @Test
    void aNumberBeyondFloatIsRefusedPerFile() throws Exception {
        GestureGenerator.standard(1).writeDataset(dir, 3);
        StringBuilder csv = new StringBuilder("timestamp,accX,accY,accZ\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i * 16).append(',').append(i == 30 ? "1e308" : "0.5").append(",0,1\n");
        }
        Files.writeString(dir.resolve("wave.900.csv"), csv);
        DatasetIssue issue = onlyIssueFor(DatasetReader.read(dir), "wave.900.csv");
        assertThat(issue.key()).isEqualTo("csv.tooLargeNumber");
        assertThat(issue.line()).isEqualTo(32);
    }

    @Test
    void aBinaryCsvIsLeftOutAndTrainingGoesOn() throws Exception {
        GestureGenerator.standard(1).writeDataset(dir, 10);
        byte[] junk = new byte[300];
        new java.util.Random(5).nextBytes(junk);
        junk[0] = (byte) 0xC3; // a broken UTF-8 sequence start
        junk[1] = 0x28;
        Files.write(dir.resolve("wave.900.csv"), junk);
        Dataset d = DatasetReader.read(dir);
        assertThat(onlyIssueFor(d, "wave.900.csv").key()).isEqualTo("csv.notText");
        ModelPackage.Trained t = ModelPackage.train(dir, "motion-spectral", dir.resolve("model"), 3, 1, e -> { }, () -> false);
        assertThat(t.dataset().issues()).extracting(DatasetIssue::file).contains("wave.900.csv");
    }

    @Test
    void aDirectoryIsNotARecording() throws IOException {
        Files.createDirectories(dir.resolve("wave.001.csv"));
        assertThatThrownBy(() -> DatasetReader.readSample(dir.resolve("wave.001.csv")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not a recording file")
                .hasMessageNotContaining("Is a directory");
    }

    @Test
    void valuesThatOverflowWhileTrainingNeverWriteAModel() throws Exception {
        // Every reading is finite as a float, but their squares are not: the loss becomes NaN.
        for (String label : new String[] {"wave", "idle"}) {
            for (int n = 10; n <= 21; n++) {
                StringBuilder csv = new StringBuilder("timestamp,accX,accY,accZ\n");
                java.util.Random r = new java.util.Random(n * 31L + label.hashCode());
                for (int i = 0; i < 125; i++) {
                    csv.append(i * 16).append(',').append(String.format(Locale.ROOT, "%.3e", (r.nextDouble() - 0.5) * 6e38))
                            .append(",3e38,-3e38\n");
                }
                Files.writeString(dir.resolve(label + ".0" + n + ".csv"), csv);
            }
        }
        Path out = dir.resolve("model");
        assertThatThrownBy(() -> ModelPackage.train(dir, "motion-spectral", out, 3, 1, e -> { }, () -> false))
                .isInstanceOfSatisfying(ModelPackage.NotTrainable.class, e -> assertThat(e.problems())
                        .extracting(DatasetIssue::key).containsExactly("train.notFinite"));
        assertThat(out.resolve("model.tflite")).doesNotExist();
        assertThat(out.resolve("model.json")).doesNotExist();
    }

    /**
     * Seeded fuzz: 2,000 damaged copies of a real CSV and a real WAV. Each is read (kept or left out
     * with an issue) and every kept one goes through its feature pipeline; nothing throws, and what
     * is kept is finite and no longer than the bounds allow.
     */
    @Test
    void fuzzedRecordingsAreLeftOutOrUsable() throws Exception {
        Path seeds = dir.resolve("seeds");
        GestureGenerator.standard(4).writeDataset(seeds, 1);
        byte[] csv;
        try (var files = Files.list(seeds)) {
            csv = Files.readAllBytes(files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow());
        }
        byte[] sound = wav(16000, 8000);
        java.util.Random sine = new java.util.Random(3);
        for (int i = 44; i < sound.length; i++) {
            sound[i] = (byte) sine.nextInt(256);
        }
        java.util.Random r = new java.util.Random(1201);
        Path one = dir.resolve("one");
        Files.createDirectories(one);
        var motion = kumiki.ml.features.Pipelines.standard("motion-spectral");
        var audio = kumiki.ml.features.Pipelines.standard("audio-mfe");
        for (int i = 0; i < 2000; i++) {
            boolean isWav = i % 2 == 1;
            byte[] b = HostileModelFolderTest.mutate(isWav ? sound : csv, r);
            if (!isWav && r.nextBoolean()) {
                b = textMutation(new String(csv, StandardCharsets.UTF_8), r).getBytes(StandardCharsets.UTF_8);
            }
            Path file = one.resolve(isWav ? "clap.001.wav" : "wave.001.csv");
            Files.write(file, b);
            Dataset d = DatasetReader.read(one);
            assertThat(d.samples().size() + d.issues().stream().filter(DatasetIssue::skipped).count())
                    .as("mutation %d", i).isEqualTo(1);
            for (var s : d.samples()) {
                assertThat(s.durationMs()).isLessThanOrEqualTo(600_000);
                for (float[] channel : s.values()) {
                    for (float v : channel) {
                        assertThat(Float.isFinite(v)).isTrue();
                    }
                }
                (isWav ? audio : motion).extract(s);
            }
            Files.delete(file);
        }
    }

    private static String textMutation(String csv, java.util.Random r) {
        String[] lines = csv.split("\n", -1);
        int at = 1 + r.nextInt(lines.length - 1);
        String[] junk = {"1e308", "-0", "NaN", "Infinity", "0x10", "1e10", "", ",", "9".repeat(400), "\u00e9", "1e-320"};
        String[] cells = lines[at].split(",", -1);
        cells[r.nextInt(cells.length)] = junk[r.nextInt(junk.length)];
        lines[at] = String.join(",", cells);
        return String.join("\n", lines);
    }
}
