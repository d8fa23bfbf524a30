package kumiki.codegen.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kumiki.codegen.CompileResult;
import kumiki.codegen.HostRunner;
import kumiki.codegen.KumikiCompiler;
import kumiki.codegen.TeachFiles;
import kumiki.codegen.TeachModels;
import kumiki.ml.LiveRecognition;
import kumiki.ml.ModelPackage;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.synth.GestureGenerator;
import kumiki.project.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated Teach sketch, run on this computer by the host runner with its TFLM on the C int8
 * reference, fed a recorded minute of a person the model never saw, through the scripted accelerometer.
 * What it prints is checked against where the gestures really are (the generator knows), and against
 * what Kumiki's Java recognition computes for the same stream, event for event and certainty for certainty.
 */
class TeachHostTest {
    static TeachModels.Trained trained;
    static ModelPackage model;
    static List<String> moving;
    static GestureGenerator.Stream stream;
    static HostRunner.Run run;
    static String script;
    static CompileResult compiled;

    @BeforeAll
    static void runTheSketchOverAMinuteOfGestures() {
        trained = TeachModels.motion("auto");
        model = trained.result().model();
        moving = model.labels().stream().filter(l -> !l.equals("idle")).toList();
        Project project = trained.project().withWorkspace(TeachWorkspaces.reporting(model.labels(), moving));
        compiled = KumikiCompiler.compile(project);
        assertThat(compiled.refusal()).isEmpty();
        assertThat(compiled.besideIno()).containsOnlyKeys(TeachFiles.MODEL_HEADER, TeachFiles.FEATURES_HEADER);
        // Person 7 is not among the six the model learnt from.
        stream = TeachModels.CLASS.stream(7, 60, 10, 99);
        script = accelScript(stream, 61_000);
        run = HostRunner.run(compiled.code(), compiled.besideIno(), script);
        assertThat(run.exit()).as(run.events()).isZero();
        // For a person to read: what the sketch printed, and where the gestures were.
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/teach-host-run.txt"), run.serial()
                    + "\ngestures: " + stream.gestures() + "\nstarts: " + stream.starts() + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String accelScript(GestureGenerator.Stream s, int untilMs) {
        StringBuilder b = new StringBuilder("until " + untilMs + "\n");
        float[][] v = s.sample().values();
        for (int i = 0; i < v[0].length; i++) {
            b.append(String.format(Locale.ROOT, "accel %s %s %s %s%n", Double.toString(i * 1000 / s.sample().rateHz()),
                    Float.toString(v[0][i]), Float.toString(v[1][i]), Float.toString(v[2][i])));
        }
        return b.toString();
    }

    record Printed(String label, long ms, String reported, double[] certainty) {
    }

    static List<Printed> recognitions() {
        List<Printed> out = new ArrayList<>();
        for (String line : run.lines()) {
            String[] f = line.split(",");
            if (f[0].equals("stop")) {
                continue;
            }
            double[] c = new double[model.labels().size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = Double.parseDouble(f[3 + i]);
            }
            out.add(new Printed(f[0], Long.parseLong(f[1]), f[2], c));
        }
        return out;
    }

    @Test
    void eachGestureFiresItsEventOnceAtTheRightTimeWithAtMostOneFalseEventAMinute() {
        List<Printed> events = recognitions();
        double windowSeconds = model.pipeline().windowSamples() / model.pipeline().rateHz();
        List<Printed> unmatched = new ArrayList<>(events);
        int hits = 0;
        for (int k = 0; k < stream.starts().size(); k++) {
            double from = stream.starts().get(k) * 1000;
            double to = from + (stream.gestureSeconds() + windowSeconds) * 1000 + 500;
            String gesture = stream.gestures().get(k);
            List<Printed> inside = unmatched.stream()
                    .filter(e -> e.label().equals(gesture) && e.ms() >= from && e.ms() <= to).toList();
            assertThat(inside).as("gesture %d (%s at %.1f s) fires at most once", k, gesture, from / 1000).hasSizeLessThanOrEqualTo(1);
            if (inside.size() == 1) {
                hits++;
                unmatched.remove(inside.get(0));
            }
        }
        assertThat(hits).as("gestures recognised, of %d:\n%s", stream.starts().size(), run.serial()).isEqualTo(10);
        assertThat(unmatched).as("events where there was no such gesture").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void theSketchRecognisesWhatKumikisJavaRecognisesAtTheSameMoments() {
        List<LiveRecognition.Event> java = LiveRecognition.run(model, stream.sample());
        List<String> expected = new ArrayList<>();
        for (LiveRecognition.Event e : java) {
            if (e.started() && moving.contains(e.label())) {
                expected.add(e.label() + "@" + Math.round(e.seconds() * 1000));
            } else if (!e.started() && e.label().equals(moving.get(0))) {
                expected.add("stop " + e.label() + "@" + Math.round(e.seconds() * 1000));
            }
        }
        // The window that decides ends with the reading taken one period before the Java window's end.
        long period = Math.round(1000 / model.pipeline().rateHz());
        List<String> printed = new ArrayList<>();
        for (String line : run.lines()) {
            String[] f = line.split(",");
            printed.add(f[0].equals("stop") ? "stop " + f[1] + "@" + (Long.parseLong(f[2]) + period)
                    : f[0] + "@" + (Long.parseLong(f[1]) + period));
        }
        assertThat(printed).isEqualTo(expected);
    }

    @Test
    void theLabelAndCertaintyReportersGiveWhatKumikiPredictsForTheDecidingWindow() {
        FeaturePipeline p = model.pipeline();
        float[][] signal = p.atRate(stream.sample());
        long period = Math.round(1000 / p.rateHz());
        for (Printed e : recognitions()) {
            assertThat(e.reported()).isEqualTo(e.label());
            int end = (int) Math.round((e.ms() + period) * p.rateHz() / 1000);
            float[] java = model.certainties(p.features(p.windowAt(signal, end - p.windowSamples())));
            for (int i = 0; i < java.length; i++) {
                assertThat(e.certainty()[i]).as("certainty of %s at %d ms", model.labels().get(i), e.ms())
                        .isCloseTo(java[i] * 100.0, org.assertj.core.data.Offset.offset(0.006));
            }
        }
    }

    @Test
    void whenTflmCannotAllocateTheModelTheChildSeesItOnTheScreenAndSerialAndNothingIsRecognised() {
        HostRunner.Run failed = HostRunner.run(compiled.code(), compiled.besideIno(),
                "tflm-arena 200000\n" + script);
        assertThat(failed.lines()).containsExactly(
                "The trained model does not fit in the Wio Terminal's memory. Train a smaller model in Kumiki.");
        assertThat(failed.events()).contains("Teach: the model does not fit").contains("tflm: Failed to allocate");
    }
}
