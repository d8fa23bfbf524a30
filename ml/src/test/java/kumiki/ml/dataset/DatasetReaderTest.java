package kumiki.ml.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kumiki.ml.synth.GestureGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    @TempDir
    Path dir;

    @Test
    void generatedGesturesReadBackWithLabelsCountsAndRate() throws Exception {
        GestureGenerator.standard(1).writeDataset(dir, 12);
        Dataset d = DatasetReader.read(dir);
        assertThat(d.issues()).isEmpty();
        assertThat(d.labels()).containsExactly("circle", "idle", "shake", "wave");
        assertThat(d.counts()).containsEntry("wave", 12).containsEntry("idle", 12);
        assertThat(d.rateHz()).isCloseTo(62.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.samples().get(0).channels()).containsExactly("accX", "accY", "accZ");
    }

    /** The project's data/ is read from memory: the same examples and the same issues as from a folder. */
    @Test
    void filesInMemoryReadExactlyAsTheSameFilesInAFolder() throws Exception {
        GestureGenerator.standard(3).writeDataset(dir, 4);
        Files.writeString(dir.resolve("wave.901.csv"), "timestamp,accX,accY,accZ\n0,1,2,3\n16,1,two,3\n32,1,2,3\n");
        Files.writeString(dir.resolve("clap.001.wav"), "this is not a wav file");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        try (var list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        Dataset fromFolder = DatasetReader.read(dir);
        Dataset fromMemory = DatasetReader.read(files);
        assertThat(fromMemory.samples()).hasSize(16).hasSameSizeAs(fromFolder.samples());
        for (int i = 0; i < fromFolder.samples().size(); i++) {
            Sample a = fromFolder.samples().get(i);
            Sample b = fromMemory.samples().get(i);
            assertThat(b.file()).isEqualTo(a.file());
            assertThat(b.label()).isEqualTo(a.label());
            assertThat(b.values()).isDeepEqualTo(a.values());
        }
        assertThat(fromMemory.issues().stream().map(x -> x.message(Locale.ENGLISH)).toList())
                .containsExactlyElementsOf(fromFolder.issues().stream().map(x -> x.message(Locale.ENGLISH)).toList())
                .hasSize(3);
    }

    @Test
    void badFilesAreLeftOutWithFileAndLineAndTheRestLoads() throws Exception {
        GestureGenerator.standard(3).writeDataset(dir, 10);
        Files.writeString(dir.resolve("wave.900.csv"), "timestamp,accX,accY\n0,1,2\n16,1,2\n");
        Files.writeString(dir.resolve("wave.901.csv"), "timestamp,accX,accY,accZ\n0,1,2,3\n16,1,two,3\n32,1,2,3\n");
        Files.writeString(dir.resolve("wave.902.csv"), "");
        Files.writeString(dir.resolve("wave.903.csv"), "timestamp,accX,accY,accZ\n0,1,2,3\n16,1,2,3\n500,1,2,3\n516,1,2,3\n");
        Files.writeString(dir.resolve("wave.904.csv"), "timestamp,accX,accY,accZ\n0,1,2,3\n16,1,2\n");
        Files.writeString(dir.resolve("clap.001.wav"), "this is not a wav file");
        Files.writeString(dir.resolve("notes.txt"), "hello");

        Dataset d = DatasetReader.read(dir);
        assertThat(d.samples()).hasSize(40);
        assertThat(d.issues()).extracting(i -> i.message(Locale.ENGLISH)).containsExactlyInAnyOrder(
                "clap.001.wav: not a WAV sound file; left out.",
                "notes.txt: not a sample file (samples are .csv or .wav); left out.",
                "wave.900.csv:1: has the columns accX,accY, but the other samples have accX,accY,accZ; left out.",
                "wave.901.csv:3: \"two\" is not a number; the file was left out.",
                "wave.902.csv: the file is empty; left out.",
                "wave.903.csv: the time between readings jumps from 16.0 ms to 484.0 ms, so readings were lost; left out.",
                "wave.904.csv:3: expected 4 values on this line but found 3; the file was left out.");
        assertThat(d.issues()).allSatisfy(i -> assertThat(i.message(Locale.JAPANESE)).doesNotContain("left out"));
    }

    @Test
    void aSampleAtAnotherRateIsResampledWithANotice() throws Exception {
        GestureGenerator.standard(4).writeDataset(dir, 10);
        StringBuilder csv = new StringBuilder("timestamp,accX,accY,accZ\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i * 10).append(",0.1,0.2,0.9\n");
        }
        Files.writeString(dir.resolve("idle.500.csv"), csv);
        Dataset d = DatasetReader.read(dir);
        Sample s = d.samples().stream().filter(x -> x.file().equals("idle.500.csv")).findFirst().orElseThrow();
        assertThat(s.rateHz()).isEqualTo(62.5);
        assertThat(s.length()).isEqualTo(125);
        assertThat(d.issues()).singleElement().satisfies(i -> {
            assertThat(i.skipped()).isFalse();
            assertThat(i.message(Locale.ENGLISH)).isEqualTo("idle.500.csv: recorded at 100 Hz; changed to 62.5 Hz to match the other samples.");
        });
    }

    @Test
    void wavFilesAreReadAndResampledTo16kHz() throws Exception {
        Files.write(dir.resolve("clap.001.wav"), wav(16000, 1, 16000));
        Files.write(dir.resolve("clap.002.wav"), wav(44100, 2, 44100));
        Files.write(dir.resolve("clap.003.wav"), wav8bit());
        Dataset d = DatasetReader.read(dir);
        assertThat(d.samples()).hasSize(2);
        assertThat(d.samples()).allSatisfy(s -> {
            assertThat(s.rateHz()).isEqualTo(16000);
            assertThat(s.length()).isBetween(15999, 16001);
        });
        assertThat(d.issues()).extracting(i -> i.message(Locale.ENGLISH)).containsExactlyInAnyOrder(
                "clap.002.wav: recorded at 44100 Hz; changed to 16000 Hz to match the other samples.",
                "clap.003.wav: the sound must be 16-bit PCM WAV (mono or stereo); left out.");
        // A 440 Hz tone at half volume reads back as values within -0.5..0.5.
        float[] v = d.samples().get(0).values()[0];
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        assertThat(max).isBetween(0.45f, 0.51f);
    }

    static byte[] wav(int rate, int channels, int frames) {
        ByteBuffer data = ByteBuffer.allocate(frames * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            short v = (short) (0.5 * 32767 * Math.sin(2 * Math.PI * 440 * i / rate));
            for (int c = 0; c < channels; c++) {
                data.putShort(v);
            }
        }
        return riff(1, channels, rate, 16, data.array());
    }

    static byte[] wav8bit() {
        return riff(1, 1, 16000, 8, new byte[16000]);
    }

    static byte[] riff(int format, int channels, int rate, int bits, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) format).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        b.put("data".getBytes()).putInt(data.length).put(data);
        return b.array();
    }
}
