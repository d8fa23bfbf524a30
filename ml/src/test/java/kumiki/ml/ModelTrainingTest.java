package kumiki.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kumiki.ml.augment.Augmentation;
import kumiki.ml.dataset.Sample;
import kumiki.ml.dataset.SessionTags;
import kumiki.ml.features.Pipelines;
import kumiki.ml.synth.GestureGenerator;
import kumiki.ml.train.TrainingCancelledException;
import kumiki.ml.train.TrainingWindows;
import org.junit.jupiter.api.Test;

class ModelTrainingTest {
    static final GestureGenerator CLASS = GestureGenerator.classroom(21, 9);

    static List<Sample> people(int first, int last, int perGesture) {
        List<Sample> out = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            for (String g : GestureGenerator.GESTURES) {
                for (int n = 0; n < perGesture; n++) {
                    out.add(CLASS.sample(g, p, p * 1000 + n));
                }
            }
        }
        return out;
    }

    @Test
    void autoTriesTheMotionPipelinesKeepsTheBestAndTestsOnAPersonItNeverSaw() throws Exception {
        ModelTraining.Result r = ModelTraining.train(people(0, 2, 5), ModelTraining.Plan.of(Pipelines.AUTO, 1),
                p -> { }, () -> false);
        assertThat(r.candidates()).extracting(ModelTraining.Candidate::pipeline)
                .containsExactly("motion-robust", "motion-spectral", "motion-raw");
        ModelTraining.Candidate best = r.candidates().stream().filter(ModelTraining.Candidate::fits)
                .max(java.util.Comparator.comparingDouble(ModelTraining.Candidate::crossValidation)).orElseThrow();
        assertThat(r.model().pipeline().name()).isEqualTo(best.pipeline());
        assertThat(r.split().heldOutSessions()).containsExactly("p2");
        assertThat(r.split().test()).allSatisfy(s -> assertThat(SessionTags.of(s.file())).isEqualTo("p2"));
        assertThat(r.split().train()).noneSatisfy(s -> assertThat(SessionTags.of(s.file())).isEqualTo("p2"));
        assertThat(r.int8Metrics().total()).isEqualTo(20);
        JsonNode json = r.model().json();
        assertThat(json.path("split").path("kind").asText()).isEqualTo("sessions");
        assertThat(json.path("split").path("description").asText()).isEqualTo("tested on 1 recording session it never saw (p2; 20 examples)");
        assertThat(json.path("candidates")).hasSize(3);
        assertThat(json.path("candidates").get(0).path("crossValidation").isNumber()).isTrue();
        assertThat(json.path("pipeline").path("parameters").path("windowStrideMs").asInt()).isEqualTo(250);
        assertThat(json.path("augmentation").path("kind").asText()).isEqualTo("motion");
        assertThat(json.path("recognition").path("agree").asInt()).isEqualTo(2);
        assertThat(r.report().arenaBytes()).isLessThanOrEqualTo(BoardBudget.MOTION.arenaBytes());
        assertThat(r.report().modelBytes()).isLessThanOrEqualTo(BoardBudget.MOTION.modelBytes());
    }

    /** Three of each trains; with nothing left to test on, the model says "not tested", never a training-data accuracy. */
    @Test
    void threeExamplesTrainAndAreNotCalledTested() throws Exception {
        List<Sample> few = new ArrayList<>();
        for (String g : GestureGenerator.GESTURES) {
            for (int n = 0; n < 3; n++) {
                Sample s = CLASS.sample(g, 0, n);
                few.add(new Sample(g + "." + n + ".csv", g, s.channels(), s.rateHz(), s.values()));
            }
        }
        ModelTraining.Result r = ModelTraining.train(few, ModelTraining.Plan.of("motion-robust", 1), p -> { }, () -> false);
        assertThat(r.split().tested()).isFalse();
        assertThat(r.int8Metrics()).isNull();
        assertThat(r.floatMetrics()).isNull();
        assertThat(r.warnings()).extracting(w -> w.key()).containsOnly("training.few");
        assertThat(r.warnings().get(0).message(Locale.ENGLISH)).contains("record 7 more");
        JsonNode metrics = r.model().json().path("metrics");
        assertThat(metrics.path("tested").asBoolean()).isFalse();
        assertThat(metrics.has("int8")).isFalse();
        assertThat(r.model().json().path("split").path("description").asText()).startsWith("not tested");
        assertThat(r.model().json().path("split").path("descriptionJa").asText()).startsWith("テストして いません");
    }

    @Test
    void theSameSeedGivesTheSameModelToTheBitWithAugmentation() throws Exception {
        List<Sample> data = people(0, 1, 4);
        byte[] a = ModelTraining.train(data, ModelTraining.Plan.of("motion-raw", 5), p -> { }, () -> false).tflite();
        byte[] b = ModelTraining.train(data, ModelTraining.Plan.of("motion-raw", 5), p -> { }, () -> false).tflite();
        byte[] c = ModelTraining.train(data, ModelTraining.Plan.of("motion-raw", 6), p -> { }, () -> false).tflite();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    /**
     * The expert drawer's window, stride and learning rate reach the model: the stored pipeline has the
     * shorter window (so the sketch and the live try use it), the recognition stride follows, the file
     * reads back with the same window, and a different learning rate trains a different model.
     */
    @Test
    void theExpertDrawersWindowStrideAndLearningRateReachTheStoredModel() throws Exception {
        List<Sample> data = people(0, 1, 4);
        ModelTraining.Plan tuned = new ModelTraining.Plan("motion-raw", 20, 5, false, 0.005f, 1000, 100);
        ModelTraining.Result r = ModelTraining.train(data, tuned, p -> { }, () -> false);
        assertThat(r.model().pipeline().windowMs()).isEqualTo(1000);
        assertThat(r.model().pipeline().windowSamples()).isEqualTo(63); // 1 s at 62.5 Hz, rounded
        assertThat(r.model().pipeline().windowStrideSamples()).isEqualTo(6); // 100 ms at 62.5 Hz
        JsonNode json = r.model().json();
        assertThat(json.path("pipeline").path("parameters").path("windowMs").asInt()).isEqualTo(1000);
        assertThat(json.path("pipeline").path("parameters").path("windowStrideMs").asInt()).isEqualTo(100);
        assertThat(json.path("recognition").path("windowStrideMs").asInt()).isEqualTo(96); // 6 readings of 16 ms
        assertThat(json.path("training").path("learningRate").asDouble()).isEqualTo(0.005, org.assertj.core.data.Offset.offset(1e-9));
        ModelPackage back = ModelPackage.read(java.nio.file.Path.of("model.json"),
                json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.file.Path.of("model.tflite"), r.tflite());
        assertThat(back.pipeline().windowMs()).isEqualTo(1000);
        assertThat(back.pipeline().parameters()).isEqualTo(r.model().pipeline().parameters());

        byte[] faster = ModelTraining.train(data, new ModelTraining.Plan("motion-raw", 20, 5, false, 0.02f, 1000, 100),
                p -> { }, () -> false).tflite();
        assertThat(faster).isNotEqualTo(r.tflite());
        assertThatThrownBy(() -> new ModelTraining.Plan("motion-raw", 20, 5, false, 0f, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelTraining.train(data, new ModelTraining.Plan("motion-raw", 20, 5, false, 0.005f, 4000, 0),
                p -> { }, () -> false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 500 and 2000");
    }

    /** A sound window half as long has half as many frames, and its features cost the board half as much. */
    @Test
    void theFeaturesCostOnTheBoardFollowsTheWindow() {
        var standard = Pipelines.standard("audio-mfe");
        var half = Pipelines.tuned("audio-mfe", 500, 250);
        assertThat(half.boardInstructions()).isEqualTo(Math.round(standard.boardInstructions() * 30.0 / 61));
        assertThat(Pipelines.tuned("motion-robust", 1000, 250).boardInstructions())
                .isEqualTo(Pipelines.standard("motion-robust").boardInstructions()); // the FFTs keep their length
        assertThat(standard.boardMs()).isEqualTo(standard.boardInstructions() / 120e3);
    }

    /** A shake saved as "wave" is found and named, in words a child can act on. */
    @Test
    void anExampleUnderTheWrongLabelIsListed() throws Exception {
        List<Sample> data = new ArrayList<>(people(0, 0, 8));
        Sample shake = CLASS.sample("shake", 0, 77);
        data.add(new Sample("wave.p0.077.csv", "wave", shake.channels(), shake.rateHz(), shake.values()));
        ModelTraining.Result r = ModelTraining.train(data, ModelTraining.Plan.of("motion-robust", 1), p -> { }, () -> false);
        assertThat(r.unlike()).anySatisfy(u -> {
            assertThat(u.file()).isEqualTo("wave.p0.077.csv");
            assertThat(u.sentence().in(Locale.ENGLISH)).isEqualTo(
                    "wave.p0.077 looks more like \"shake\" than \"wave\". Look at it again: is the label right?");
        });
        assertThat(r.unlike()).hasSizeLessThanOrEqualTo(2);
        assertThat(r.model().json().path("unlike").toString()).contains("wave.p0.077.csv");
    }

    @Test
    void progressRisesToTheEndAndCancelStopsTraining() throws Exception {
        List<Double> seen = new ArrayList<>();
        ModelTraining.train(people(0, 1, 4), ModelTraining.Plan.of(Pipelines.AUTO, 1), p -> seen.add(p.fraction()), () -> false);
        assertThat(seen).isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        int[] calls = {0};
        assertThatThrownBy(() -> ModelTraining.train(people(0, 1, 4), ModelTraining.Plan.of(Pipelines.AUTO, 1), p -> { },
                () -> ++calls[0] > 30)).isInstanceOf(TrainingCancelledException.class);
    }

    /**
     * On a stream, as on the board: a person the model never saw rests, holding the board their way,
     * and makes five gestures at random times; each is recognised once, at the right time, and rest
     * fires nothing.
     */
    @Test
    void aStreamOfGesturesIsRecognisedOnceEach() throws Exception {
        ModelTraining.Result r = ModelTraining.train(people(0, 1, 6), ModelTraining.Plan.of("motion-robust", 1), p -> { }, () -> false);
        GestureGenerator.Stream stream = CLASS.stream(7, 30, 5, 9);
        List<LiveRecognition.Event> started = LiveRecognition.run(r.model(), stream.sample()).stream()
                .filter(e -> e.started() && !e.label().equals("idle")).toList();
        assertThat(started).extracting(LiveRecognition.Event::label).containsExactlyElementsOf(stream.gestures());
        for (int k = 0; k < started.size(); k++) {
            // Recognised after the gesture has filled enough of the window, before it has left it.
            assertThat(started.get(k).seconds()).isBetween(stream.starts().get(k) + 0.5, stream.starts().get(k) + 4.5);
        }
    }

    /**
     * The live classifier, fed one reading at a time as a board streams them, recognises what the
     * whole-stream recognition does, at the same moments; and a marker set to 100 % for a label keeps
     * that label from ever being recognised.
     */
    @Test
    void readingsOneAtATimeAreRecognisedAsTheWholeStreamIs() throws Exception {
        ModelTraining.Result r = ModelTraining.train(people(0, 1, 6), ModelTraining.Plan.of("motion-robust", 1), p -> { }, () -> false);
        GestureGenerator.Stream stream = CLASS.stream(7, 30, 5, 9);
        List<String> whole = LiveRecognition.run(r.model(), stream.sample()).stream()
                .filter(LiveRecognition.Event::started).map(e -> e.label() + "@" + Math.round(e.seconds() * 1000)).toList();
        double[] standard = new double[r.model().labels().size()];
        java.util.Arrays.fill(standard, kumiki.ml.recognise.Recognizer.THRESHOLD);
        assertThat(live(r.model(), stream.sample(), standard)).isEqualTo(whole).isNotEmpty();

        double[] neverWave = standard.clone();
        neverWave[r.model().labels().indexOf("wave")] = 1.01;
        assertThat(live(r.model(), stream.sample(), neverWave)).noneMatch(e -> e.startsWith("wave@"))
                .anyMatch(e -> e.startsWith("shake@") || e.startsWith("circle@"));
    }

    private static List<String> live(ModelPackage model, Sample s, double[] needed) {
        var live = new kumiki.ml.LiveClassifier(model, s.channels(), s.rateHz(), needed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            float[] reading = new float[s.channels().size()];
            for (int c = 0; c < reading.length; c++) {
                reading[c] = s.values()[c][i];
            }
            var w = live.push(reading);
            if (w != null && w.change().started() != null) {
                out.add(w.change().started() + "@" + Math.round(w.seconds() * 1000));
            }
        }
        return out;
    }

    /** Early stopping looks at recordings kept apart, as recorded: none of their augmented copies. */
    @Test
    void validationRowsHoldNoAugmentedCopies() {
        List<Sample> data = people(0, 0, 5);
        var pipeline = Pipelines.standard("motion-robust");
        TrainingWindows w = new TrainingWindows(pipeline, data, GestureGenerator.GESTURES,
                Augmentation.forPipeline(pipeline, List.of()), 1, () -> false);
        List<Sample> validation = TrainingWindows.validationShare(data, 0.15, 1);
        List<Sample> fit = data.stream().filter(s -> !validation.contains(s)).toList();
        TrainingWindows.Rows rows = w.rows(fit, validation);
        assertThat(validation).hasSize(3);
        assertThat(rows.valIdx()).hasSize(3);
        assertThat(rows.trainIdx()).hasSize(fit.size() * (1 + Augmentation.COPIES));
    }
}
