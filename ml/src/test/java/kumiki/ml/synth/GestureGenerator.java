package kumiki.ml.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import kumiki.ml.dataset.Sample;

/**
 * Makes realistic accelerometer recordings of four gestures (wave, shake, circle,
 * idle) by several "people", for tests and for the app's built-in sample dataset.
 *
 * <p>Each person moves at their own speed and strength and holds the board at
 * their own angle; gravity (1 g) is seen through that tilt, and every reading
 * has sensor noise. The same seed always gives the same recordings.
 */
public final class GestureGenerator {
    public static final List<String> GESTURES = List.of("circle", "idle", "shake", "wave");
    public static final List<String> CHANNELS = List.of("accX", "accY", "accZ");

    private final long seed;
    private final int people;
    private final double rateHz;
    private final double seconds;
    private final double noiseG;

    public GestureGenerator(long seed, int people, double rateHz, double seconds, double noiseG) {
        this.seed = seed;
        this.people = people;
        this.rateHz = rateHz;
        this.seconds = seconds;
        this.noiseG = noiseG;
    }

    /** Five people, 62.5 Hz, 2-second recordings, 0.03 g noise. */
    public static GestureGenerator standard(long seed) {
        return new GestureGenerator(seed, 5, 62.5, 2.0, 0.03);
    }

    /** A person: how fast and how big they move, and how they hold the board (radians). */
    private record Person(double speed, double strength, double roll, double pitch, double yaw) {
    }

    private Person person(int index) {
        Random r = new Random(seed * 7919 + index);
        return new Person(0.75 + 0.5 * r.nextDouble(), 0.7 + 0.6 * r.nextDouble(),
                Math.toRadians(-20 + 40 * r.nextDouble()), Math.toRadians(-20 + 40 * r.nextDouble()),
                Math.toRadians(-30 + 60 * r.nextDouble()));
    }

    /** The {@code n}-th recording of a gesture. */
    public Sample sample(String gesture, int n) {
        Random r = new Random(seed ^ (gesture.hashCode() * 1_000_003L) ^ (n * 97_531L));
        Person p = person(n % people);
        int length = (int) Math.round(seconds * rateHz);
        float[][] v = new float[3][length];
        double phase = 2 * Math.PI * r.nextDouble();
        double speedJitter = 0.9 + 0.2 * r.nextDouble();
        double f;
        for (int i = 0; i < length; i++) {
            double t = i / rateHz;
            double[] a = new double[3]; // movement in the board's frame, g
            switch (gesture) {
                case "wave" -> {
                    f = 1.6 * p.speed() * speedJitter;
                    a[0] = 0.8 * p.strength() * Math.sin(2 * Math.PI * f * t + phase);
                    a[1] = 0.15 * p.strength() * Math.sin(4 * Math.PI * f * t + phase);
                }
                case "shake" -> {
                    f = 5.5 * p.speed() * speedJitter;
                    double burst = 0.6 + 0.4 * Math.sin(2 * Math.PI * 0.7 * t + phase);
                    a[2] = 1.3 * p.strength() * burst * Math.sin(2 * Math.PI * f * t + phase);
                    a[1] = 0.3 * p.strength() * burst * Math.sin(2 * Math.PI * f * t + phase + 1.0);
                }
                case "circle" -> {
                    f = 0.9 * p.speed() * speedJitter;
                    a[0] = 0.6 * p.strength() * Math.cos(2 * Math.PI * f * t + phase);
                    a[1] = 0.6 * p.strength() * Math.sin(2 * Math.PI * f * t + phase);
                }
                default -> { // idle: a resting hand drifts a little
                    a[0] = 0.04 * Math.sin(2 * Math.PI * 0.3 * t + phase);
                    a[1] = 0.04 * Math.cos(2 * Math.PI * 0.2 * t + phase);
                }
            }
            // Gravity points down in the world; the board sees it through the person's tilt.
            double[] gravity = rotate(new double[] {0, 0, 1}, p.roll(), p.pitch(), p.yaw());
            double[] move = rotate(a, p.roll() * 0.5, p.pitch() * 0.5, p.yaw());
            for (int c = 0; c < 3; c++) {
                v[c][i] = (float) (gravity[c] + move[c] + noiseG * r.nextGaussian());
            }
        }
        return new Sample(gesture + "." + String.format(Locale.ROOT, "%03d", n) + ".csv", gesture, CHANNELS, rateHz, v);
    }

    private static double[] rotate(double[] v, double roll, double pitch, double yaw) {
        double cr = Math.cos(roll), sr = Math.sin(roll);
        double cp = Math.cos(pitch), sp = Math.sin(pitch);
        double cy = Math.cos(yaw), sy = Math.sin(yaw);
        double x = v[0], y = v[1], z = v[2];
        double y1 = cr * y - sr * z, z1 = sr * y + cr * z; // roll about x
        double x2 = cp * x + sp * z1, z2 = -sp * x + cp * z1; // pitch about y
        double x3 = cy * x2 - sy * y1, y3 = sy * x2 + cy * y1; // yaw about z
        return new double[] {x3, y3, z2};
    }

    /** Writes {@code perGesture} recordings of each gesture as Edge Impulse CSV files. */
    public void writeDataset(Path folder, int perGesture) throws IOException {
        Files.createDirectories(folder);
        for (String g : GESTURES) {
            for (int n = 0; n < perGesture; n++) {
                Sample s = sample(g, n);
                StringBuilder csv = new StringBuilder("timestamp,accX,accY,accZ\n");
                for (int i = 0; i < s.length(); i++) {
                    csv.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f%n", Math.round(i * 1000.0 / rateHz),
                            s.values()[0][i], s.values()[1][i], s.values()[2][i]));
                }
                Files.writeString(folder.resolve(s.file()), csv, StandardCharsets.UTF_8);
            }
        }
    }
}
