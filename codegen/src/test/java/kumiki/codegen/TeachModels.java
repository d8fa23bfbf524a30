package kumiki.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kumiki.ml.ModelTraining;
import kumiki.ml.dataset.Sample;
import kumiki.ml.synth.GestureGenerator;
import kumiki.project.Project;

/**
 * Trained models for the Teach tests, made once per test run with fixed seeds: gestures from the
 * seeded classroom generator (one model per motion pipeline), and light patterns over the light sensor.
 * Each comes as a project holding it under {@code model/}, as the wizard and {@code kumiki train} leave it.
 */
public final class TeachModels {
    public static final GestureGenerator CLASS = GestureGenerator.classroom(21, 9);
    public static final List<String> LIGHT = List.of("cover", "flicker", "still");
    private static final Map<String, Trained> CACHE = new HashMap<>();

    public record Trained(ModelTraining.Result result, Project project) {
        public BuildAssets assets() {
            return BuildAssets.of(project);
        }
    }

    private TeachModels() {
    }

    /** Six people, 8 of each gesture, trained with the named motion pipeline (or auto). */
    public static synchronized Trained motion(String pipeline) {
        return CACHE.computeIfAbsent("motion:" + pipeline, k -> {
            List<Sample> samples = new ArrayList<>();
            for (int p = 0; p < 6; p++) {
                for (String g : GestureGenerator.GESTURES) {
                    for (int n = 0; n < 8; n++) {
                        samples.add(CLASS.sample(g, p, p * 1000 + n));
                    }
                }
            }
            return train(samples, pipeline, "Gestures");
        });
    }

    /** Hand shadows over the light sensor at 20 Hz: covered, waved over (flicker), and left alone. */
    public static synchronized Trained light() {
        return CACHE.computeIfAbsent("light", k -> {
            List<Sample> samples = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                for (String label : LIGHT) {
                    for (int n = 0; n < 10; n++) {
                        samples.add(lightSample(label, p, n, new Random(p * 100 + n * 7 + label.hashCode())));
                    }
                }
            }
            return train(samples, "signal-raw", "Shadows");
        });
    }

    /** One-second sounds at 16 kHz: a high whistle, a low hum and a hiss, trained with audio-mfe. */
    public static synchronized Trained sound() {
        return CACHE.computeIfAbsent("sound", k -> {
            List<Sample> samples = new ArrayList<>();
            for (String label : List.of("high", "low", "hiss")) {
                for (int n = 0; n < 6; n++) {
                    Random r = new Random(label.hashCode() * 31L + n);
                    float[] v = new float[16000];
                    double hz = (label.equals("high") ? 2000 : 300) * (0.9 + 0.2 * r.nextDouble());
                    for (int i = 0; i < v.length; i++) {
                        double tone = label.equals("hiss") ? 0 : 0.3 * Math.sin(2 * Math.PI * hz * i / 16000.0);
                        double noise = (label.equals("hiss") ? 0.2 : 0.01) * r.nextGaussian();
                        v[i] = (float) (tone + noise);
                    }
                    samples.add(new Sample(String.format("%s.p0.%03d.wav", label, n), label, List.of("audio"), 16000,
                            new float[][] {v}));
                }
            }
            return train(samples, "audio-mfe", "Sounds");
        });
    }

    /**
     * Words spoken by espeak-ng in six voices with noise (the ml tests' SpokenWords): "yes", "no" and
     * background, 24 of each, trained with audio-mfe.
     */
    public static synchronized Trained words() {
        return CACHE.computeIfAbsent("words", k -> {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("kumiki-words");
                kumiki.ml.synth.SpokenWords.write(dir, List.of("yes", "no"), 24, 1);
                List<Sample> samples = kumiki.ml.dataset.DatasetReader.read(dir).samples();
                return train(samples, "audio-mfe", "Words");
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException("making spoken words failed", e);
            }
        });
    }

    /** Three seconds of light readings (0..1023) as the Wio's sensor gives them under a hand. */
    public static Sample lightSample(String label, int person, int n, Random r) {
        int length = 60;
        float[] v = new float[length];
        double room = 600 + 200 * r.nextDouble();
        double at = 0.8 + r.nextDouble();
        double speed = 3 + 3 * r.nextDouble();
        for (int i = 0; i < length; i++) {
            double t = i / 20.0;
            double level = switch (label) {
                case "cover" -> t > at && t < at + 0.8 ? room * 0.15 : room;
                case "flicker" -> room * (0.55 + 0.45 * Math.cos(2 * Math.PI * speed * t));
                default -> room;
            };
            v[i] = (float) Math.max(0, Math.min(1023, Math.round(level + r.nextGaussian() * 6)));
        }
        return new Sample(String.format("%s.p%d.%03d.csv", label, person, n), label, List.of("value"), 20,
                new float[][] {v});
    }

    private static Trained train(List<Sample> samples, String pipeline, String name) {
        try {
            ModelTraining.Result r = ModelTraining.train(samples, ModelTraining.Plan.of(pipeline, 7), p -> { }, () -> false);
            byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(r.model().json());
            Project project = Project.create(name, "en")
                    .withFile(BuildAssets.MODEL_JSON, json)
                    .withFile("model/model.tflite", r.tflite());
            return new Trained(r, project);
        } catch (Exception e) {
            throw new IllegalStateException("training a test model failed", e);
        }
    }
}
