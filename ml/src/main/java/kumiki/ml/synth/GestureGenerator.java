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
    private final boolean classroom;

    public GestureGenerator(long seed, int people, double rateHz, double seconds, double noiseG) {
        this(seed, people, rateHz, seconds, noiseG, false);
    }

    private GestureGenerator(long seed, int people, double rateHz, double seconds, double noiseG, boolean classroom) {
        this.seed = seed;
        this.people = people;
        this.rateHz = rateHz;
        this.seconds = seconds;
        this.noiseG = noiseG;
        this.classroom = classroom;
    }

    /**
     * A class of children, as different as real ones: each holds the board their own way (any roll
     * and pitch within ±50°, any yaw), moves at their own speed (0.65–1.45×) and size (0.6–1.4×).
     * The movements happen in the room (a wave is sideways, a circle is drawn upright in front, a
     * shake is back and forth), and the board sees both them and gravity through how it is held.
     */
    public static GestureGenerator classroom(long seed, int people) {
        return new GestureGenerator(seed, people, 62.5, 2.0, 0.03, true);
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
        if (classroom) {
            return new Person(0.65 + 0.8 * r.nextDouble(), 0.6 + 0.8 * r.nextDouble(),
                    Math.toRadians(-50 + 100 * r.nextDouble()), Math.toRadians(-50 + 100 * r.nextDouble()),
                    Math.toRadians(360 * r.nextDouble()));
        }
        return new Person(0.75 + 0.5 * r.nextDouble(), 0.7 + 0.6 * r.nextDouble(),
                Math.toRadians(-20 + 40 * r.nextDouble()), Math.toRadians(-20 + 40 * r.nextDouble()),
                Math.toRadians(-30 + 60 * r.nextDouble()));
    }

    /** The {@code n}-th recording of a gesture, by person {@code n % people}. */
    public Sample sample(String gesture, int n) {
        return sample(gesture, n % people, n);
    }

    /**
     * The {@code n}-th recording of a gesture by one person. In a classroom set the file name carries
     * the person as a session tag ({@code wave.p2.014.csv}), as the recorder writes one per session.
     */
    public Sample sample(String gesture, int person, int n) {
        Random r = new Random(seed ^ (gesture.hashCode() * 1_000_003L) ^ (n * 97_531L) ^ (classroom ? person * 31_337_773L : 0));
        Person p = person(person);
        if (classroom) {
            return new Sample(gesture + ".p" + person + "." + String.format(Locale.ROOT, "%03d", n) + ".csv", gesture,
                    CHANNELS, rateHz, inTheRoom(gesture, p, r, (int) Math.round(seconds * rateHz)));
        }
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

    /** One recording of a movement made in the room, seen by a board held the person's way. */
    float[][] inTheRoom(String gesture, Person p, Random r, int length) {
        float[][] v = new float[3][length];
        Held held = Held.by(p, r);
        Movement m = Movement.of(gesture, p, r);
        for (int i = 0; i < length; i++) {
            double t = i / rateHz;
            held.see(m.at(t, seconds), v, i, noiseG, r);
        }
        return v;
    }

    /** How a board is held in one recording: a little differently from the person's usual way. */
    record Held(double roll, double pitch, double yaw) {
        static Held by(Person p, Random r) {
            return new Held(p.roll() + Math.toRadians(8 * r.nextGaussian()), p.pitch() + Math.toRadians(8 * r.nextGaussian()),
                    p.yaw() + Math.toRadians(15 * r.nextGaussian()));
        }

        /** The accelerometer reads 1 g upwards at rest, plus the movement; both as the board is held. */
        void see(double[] room, float[][] v, int i, double noiseG, Random r) {
            double[] seen = rotate(new double[] {room[0], room[1], room[2] + 1}, roll, pitch, yaw);
            for (int c = 0; c < 3; c++) {
                v[c][i] = (float) (seen[c] + noiseG * r.nextGaussian());
            }
        }
    }

    /**
     * A movement in the room (x sideways, y forward, z up; in g): a wave is sideways, a circle is drawn
     * upright in front, a shake is back and forth, idle is a resting hand that drifts. It starts and
     * ends softly over a quarter second, as a hand does.
     */
    record Movement(String gesture, double speed, double size, double phase) {
        static Movement of(String gesture, Person p, Random r) {
            return new Movement(gesture, p.speed() * (0.9 + 0.2 * r.nextDouble()), p.strength() * (0.85 + 0.3 * r.nextDouble()),
                    2 * Math.PI * r.nextDouble());
        }

        double[] at(double t, double duration) {
            double[] room = new double[3];
            double soft = Math.min(1, Math.min(t, duration - t) / 0.25);
            double envelope = soft <= 0 ? 0 : 0.5 - 0.5 * Math.cos(Math.PI * soft);
            switch (gesture) {
                case "wave" -> {
                    double f = 1.6 * speed;
                    room[0] = 0.8 * size * Math.sin(2 * Math.PI * f * t + phase);
                    room[2] = 0.2 * size * Math.sin(4 * Math.PI * f * t + 2 * phase);
                }
                case "shake" -> {
                    double f = 5.5 * speed;
                    double burst = 0.6 + 0.4 * Math.sin(2 * Math.PI * 0.7 * t + phase);
                    room[1] = 1.3 * size * burst * Math.sin(2 * Math.PI * f * t + phase);
                    room[2] = 0.3 * size * burst * Math.sin(2 * Math.PI * f * t + phase + 1.0);
                }
                case "circle" -> {
                    double f = 0.9 * speed;
                    room[0] = 0.6 * size * Math.cos(2 * Math.PI * f * t + phase);
                    room[2] = 0.6 * size * Math.sin(2 * Math.PI * f * t + phase);
                }
                default -> {
                    room[0] = 0.04 * Math.sin(2 * Math.PI * 0.3 * t + phase);
                    room[1] = 0.04 * Math.cos(2 * Math.PI * 0.2 * t + phase);
                    envelope = 1;
                }
            }
            for (int c = 0; c < 3; c++) {
                room[c] *= envelope;
            }
            return room;
        }
    }

    /** A continuous recording with gestures at known times, as the board's sliding window sees it. */
    public record Stream(Sample sample, List<Double> starts, List<String> gestures, double gestureSeconds) {
    }

    /**
     * {@code seconds} of one person at rest, holding the board their way, with {@code count} gestures
     * (not idle) at random times, at least a second apart.
     */
    public Stream stream(int person, double seconds, int count, long streamSeed) {
        Random r = new Random(streamSeed);
        Person p = person(person);
        int length = (int) Math.round(seconds * rateHz);
        List<String> moving = GESTURES.stream().filter(g -> !g.equals("idle")).toList();
        java.util.List<Double> starts = new java.util.ArrayList<>();
        double slot = (seconds - 1) / count;
        for (int k = 0; k < count; k++) {
            // One gesture per slot, somewhere inside it, so gestures never overlap.
            starts.add(0.5 + k * slot + r.nextDouble() * Math.max(0, slot - this.seconds - 1));
        }
        java.util.List<String> gestures = new java.util.ArrayList<>();
        java.util.List<Movement> movements = new java.util.ArrayList<>();
        for (int k = 0; k < count; k++) {
            String g = moving.get(r.nextInt(moving.size()));
            gestures.add(g);
            movements.add(Movement.of(g, p, r));
        }
        Movement rest = Movement.of("idle", p, r);
        Held held = Held.by(p, r);
        float[][] v = new float[3][length];
        for (int i = 0; i < length; i++) {
            double t = i / rateHz;
            double[] room = rest.at(t, seconds);
            for (int k = 0; k < count; k++) {
                double local = t - starts.get(k);
                if (local >= 0 && local < this.seconds) {
                    double[] m = movements.get(k).at(local, this.seconds);
                    for (int c = 0; c < 3; c++) {
                        room[c] += m[c];
                    }
                }
            }
            held.see(room, v, i, noiseG, r);
        }
        return new Stream(new Sample("stream.p" + person + ".csv", "stream", CHANNELS, rateHz, v), List.copyOf(starts),
                List.copyOf(gestures), this.seconds);
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
                write(folder, sample(g, n));
            }
        }
    }

    /** Writes {@code perGesture} recordings of each gesture by each of the people {@code first..last}. */
    public void writeDataset(Path folder, int perGesture, int first, int last) throws IOException {
        Files.createDirectories(folder);
        for (int person = first; person <= last; person++) {
            for (String g : GESTURES) {
                for (int n = 0; n < perGesture; n++) {
                    write(folder, sample(g, person, person * 1000 + n));
                }
            }
        }
    }

    /** One recording as an Edge Impulse CSV file. */
    public void write(Path folder, Sample s) throws IOException {
        Files.write(folder.resolve(s.file()), csv(s));
    }

    /** One recording in Edge Impulse's CSV layout: {@code timestamp,accX,accY,accZ}, milliseconds. */
    public static byte[] csv(Sample s) {
        StringBuilder csv = new StringBuilder("timestamp,accX,accY,accZ\n");
        for (int i = 0; i < s.length(); i++) {
            csv.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f%n", Math.round(i * 1000.0 / s.rateHz()),
                    s.values()[0][i], s.values()[1][i], s.values()[2][i]));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
