package kumiki.ml.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A spoken-words dataset made with Debian's {@code espeak-ng} and {@code sox}:
 * each word in several voices, speeds and pitches, at 16 kHz mono 16-bit, placed
 * at a random point in one second with background noise mixed in, plus a
 * "background" class of noise alone. File names carry the voice as a session tag ({@code yes.v2.014.wav}). Seeded, so the same seed makes the same files: sox runs
 * with {@code -R}, without which its noise and its dither are random on every run.
 */
public final class SpokenWords {
    static final List<String> VOICES = List.of("en-us", "en-gb", "en-gb-scotland", "en-gb-x-rp", "en-029", "en-gb-x-gbclan");
    static final List<String> VARIANTS = List.of("", "+f3", "+m3", "+f2");
    static final List<String> NOISES = List.of("whitenoise", "pinknoise", "brownnoise");
    public static final String BACKGROUND = "background";

    private SpokenWords() {
    }

    /** Writes {@code perWord} recordings of each word, and as many of background noise. */
    public static void write(Path folder, List<String> words, int perWord, long seed) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory("kumiki-words");
        Random r = new Random(seed);
        try {
            for (String word : words) {
                for (int n = 0; n < perWord; n++) {
                    String voice = VOICES.get(n % VOICES.size()) + VARIANTS.get((n / VOICES.size()) % VARIANTS.size());
                    int speed = 120 + r.nextInt(80);
                    int pitch = 25 + r.nextInt(50);
                    Path raw = work.resolve("raw.wav");
                    run("espeak-ng", "-v", voice, "-s", String.valueOf(speed), "-p", String.valueOf(pitch), "-w", raw.toString(), word);
                    Path speech = work.resolve("speech.wav");
                    // 16 kHz mono 16-bit; start somewhere in the first 300 ms; one second long.
                    double delay = r.nextDouble() * 0.3;
                    run("sox", "-R", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", speech.toString(),
                            "pad", fmt(delay), "1", "trim", "0", "1");
                    Path noise = noise(work, r);
                    run("sox", "-R", "-m", speech.toString(), noise.toString(),
                            folder.resolve(word + "." + voiceTag(n) + "." + String.format(Locale.ROOT, "%03d", n) + ".wav").toString(),
                            "trim", "0", "1");
                }
            }
            for (int n = 0; n < perWord; n++) {
                Path noise = noise(work, r);
                Files.copy(noise, folder.resolve(BACKGROUND + "." + voiceTag(n) + "." + String.format(Locale.ROOT, "%03d", n) + ".wav"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /**
     * The speaker as a session tag: recording {@code n} is spoken by voice {@code n % 6}, so holding out
     * sessions holds out voices. Background noise is spread over the same sessions.
     */
    static String voiceTag(int n) {
        return "v" + (n % VOICES.size());
    }

    private static Path noise(Path work, Random r) throws IOException, InterruptedException {
        Path noise = work.resolve("noise.wav");
        String kind = NOISES.get(r.nextInt(NOISES.size()));
        double volume = 0.005 + r.nextDouble() * 0.04;
        run("sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", noise.toString(), "synth", "1", kind, "vol", fmt(volume));
        return noise;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
    }
}
