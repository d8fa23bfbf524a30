package kumiki.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kumiki.codegen.BuildAssets;
import kumiki.codegen.TeachFiles;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.collector.CollectorSketch;
import kumiki.device.protocol.DeviceHello;
import kumiki.ml.ModelPackage;
import kumiki.ml.model.FloatModel;
import kumiki.project.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Teach wizard's logic without a screen, in the JabRef manner: work runs at once on the calling
 * thread (or on a real thread where stopping is tested), and the project it changes is read back.
 */
class TeachViewModelTest {
    @TempDir
    Path dir;

    EditorViewModel editor;
    TeachViewModel teach;

    @BeforeEach
    void setUp() {
        editor = new EditorViewModel(new RecoveryStore(dir.resolve("recovery")), Runnable::run);
        editor.newProject();
        teach = new TeachViewModel(editor, Runnable::run, Runnable::run, 7);
    }

    @AfterEach
    void finishWrites() {
        editor.awaitWrites();
    }

    private long dataFiles() {
        return editor.project().files().keySet().stream().filter(k -> k.startsWith("data/")).count();
    }

    @Test
    void choosingMotionOffersItsLabelsAndTheIdleOneAndNextWaitsForAChoice() {
        teach.next();
        assertThat(teach.stepProperty().get()).isEqualTo(TeachViewModel.Step.KIND);
        assertThat(teach.messageProperty().get()).contains("Choose what");
        teach.kindProperty().set(TeachKind.MOTION);
        assertThat(teach.labels()).containsExactly("wave", "shake", "circle", "idle");
        teach.next();
        assertThat(teach.stepProperty().get()).isEqualTo(TeachViewModel.Step.LABELS);
        teach.back();
        assertThat(teach.stepProperty().get()).isEqualTo(TeachViewModel.Step.KIND);
    }

    @Test
    void labelRulesAreLettersAndDigitsWithNoTwoAlikeIgnoringCaseInBothLanguages() {
        teach.kindProperty().set(TeachKind.SOUND);
        assertThat(teach.addLabel("Clap")).isFalse();
        assertThat(teach.messageProperty().get()).isEqualTo("There is already \"clap\". Choose another name.");
        assertThat(teach.addLabel("two words")).isFalse();
        assertThat(teach.messageProperty().get()).contains("letters and digits");
        assertThat(teach.addLabel("")).isFalse();
        assertThat(teach.addLabel("ドン")).isTrue();
        assertThat(teach.labels()).contains("ドン");
        editor.languageProperty().set("ja");
        assertThat(teach.addLabel("DON".toLowerCase())).isTrue();
        assertThat(teach.addLabel("Don")).isFalse();
        assertThat(teach.messageProperty().get()).isEqualTo("「don」は もう あるよ。べつの なまえに してね。");
        teach.removeLabel("don");
        assertThat(teach.labels()).doesNotContain("don");
    }

    @Test
    void theSampleSetGoesIntoTheProjectAtOnceWithOneSessionPerChild() {
        teach.kindProperty().set(TeachKind.MOTION);
        teach.useSampleSet();
        assertThat(dataFiles()).isEqualTo(60);
        assertThat(teach.examples()).hasSize(60);
        for (String label : List.of("wave", "shake", "circle", "idle")) {
            assertThat(teach.count(label)).isEqualTo(15);
            assertThat(teach.goal(label)).isEqualTo("15 examples: enough to learn well");
        }
        assertThat(editor.project().files()).containsKey("data/wave.p2.2004.csv");
        // Nothing is lost if Kumiki stops now: the recovery copy holds every example.
        editor.awaitWrites();
        assertThat(new RecoveryStore(dir.resolve("recovery")).find().orElseThrow().project().files()
                .keySet().stream().filter(k -> k.startsWith("data/")).count()).isEqualTo(60);
    }

    @Test
    void tooFewExamplesSaysHowManyMorePerLabel() {
        teach.kindProperty().set(TeachKind.MOTION);
        teach.useSampleSet();
        for (TeachViewModel.Example e : teach.examples().stream().filter(e -> e.label().equals("wave")).skip(1).toList()) {
            teach.deleteExample(e);
        }
        teach.addLabel("jump");
        assertThat(teach.tooFew()).isEqualTo("A few more examples first: 2 more of wave, 3 more of jump.");
        teach.stepProperty().set(TeachViewModel.Step.EXAMPLES);
        teach.next();
        assertThat(teach.stepProperty().get()).isEqualTo(TeachViewModel.Step.EXAMPLES);
        teach.train();
        assertThat(teach.resultProperty().get()).isNull();
        assertThat(teach.messageProperty().get()).contains("2 more of wave");
    }

    @Test
    void deleteTakesTheExampleOutOfTheSavedFileAndUndoPutsTheSameBytesBack() throws Exception {
        Path saved = dir.resolve("mine.kumiki");
        editor.saveAs(saved);
        teach.kindProperty().set(TeachKind.MOTION);
        teach.useSampleSet();
        editor.awaitWrites();
        assertThat(ProjectFile.read(saved).files()).containsKey("data/circle.p0.000.csv");
        TeachViewModel.Example first = teach.examples().stream().filter(e -> e.file().equals("circle.p0.000.csv")).findFirst().orElseThrow();
        byte[] bytes = editor.project().files().get("data/circle.p0.000.csv");
        teach.deleteExample(first);
        editor.awaitWrites();
        assertThat(ProjectFile.read(saved).files()).doesNotContainKey("data/circle.p0.000.csv");
        assertThat(teach.count("circle")).isEqualTo(14);
        assertThat(teach.canUndoDeleteProperty().get()).isTrue();
        teach.undoDelete();
        editor.awaitWrites();
        assertThat(ProjectFile.read(saved).files().get("data/circle.p0.000.csv")).isEqualTo(bytes);
        assertThat(teach.count("circle")).isEqualTo(15);
    }

    @Test
    void importNamesEachBrokenFileAndKeepsTheGoodOnes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("import"));
        Files.writeString(folder.resolve("wave.1.csv"), "timestamp,accX,accY,accZ\n0,0.1,0.2,1.0\n16,0.2,0.1,0.9\n32,0.3,0.0,1.0\n");
        Files.writeString(folder.resolve("wave.2.csv"), "timestamp,accX,accY,accZ\n0,0.1,oops,1.0\n16,0.2,0.1,0.9\n");
        Files.write(folder.resolve("clap.1.wav"), "not a wav at all".getBytes(StandardCharsets.UTF_8));
        Files.writeString(folder.resolve("notes.txt"), "hello");
        teach.kindProperty().set(TeachKind.MOTION);
        teach.importFiles(List.of(folder));
        assertThat(editor.project().files()).containsKey("data/wave.1.csv");
        assertThat(dataFiles()).isEqualTo(1);
        String said = teach.messageProperty().get();
        assertThat(said).startsWith("Imported 1 examples; 3 files were left out:");
        assertThat(said).contains("wave.2.csv").contains("clap.1.wav").contains("notes.txt");
    }

    /** One second of a tone (or of quiet noise, at 0 Hz) at 16 kHz, as a WAV file. */
    private static byte[] tone(double hz, long seed) {
        int rate = 16_000;
        int frames = rate;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + frames * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + frames * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate)
                .putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(frames * 2);
        java.util.Random r = new java.util.Random(seed);
        double phase = r.nextDouble() * Math.PI;
        for (int i = 0; i < frames; i++) {
            // A burst in the middle half of the second, over a little noise.
            double envelope = i > frames / 4 && i < frames * 3 / 4 ? 1 : 0;
            double v = 600 * r.nextGaussian() + (hz > 0 ? envelope * 9000 * Math.sin(phase + 2 * Math.PI * hz * i / rate) : 0);
            b.putShort((short) Math.max(-32768, Math.min(32767, Math.round(v))));
        }
        return b.array();
    }

    /**
     * A sound model's mistake can be heard: a high tone filed as "low" by the third child is in the
     * test, the model calls it high, and that mistake is a sound the wizard can play.
     */
    @Test
    void aSoundModelsMistakeIsASoundThatCanBePlayed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("sounds"));
        for (int p = 0; p < 3; p++) {
            for (int n = 0; n < 8; n++) {
                long seed = p * 100 + n;
                Files.write(folder.resolve("low.p" + p + "." + n + ".wav"), tone(300 + 20 * n, seed));
                Files.write(folder.resolve("high.p" + p + "." + n + ".wav"), tone(2500 + 40 * n, seed + 50));
                Files.write(folder.resolve("background.p" + p + "." + n + ".wav"), tone(0, seed + 70));
            }
        }
        Files.write(folder.resolve("low.p2.9.wav"), tone(2600, 999)); // filed under the wrong label
        teach.kindProperty().set(TeachKind.SOUND);
        assertThat(teach.windowChoices()).containsExactly(500, 750, 1000); // the sound features' own window is 1 s
        teach.labels().setAll("low", "high", "background");
        teach.importFiles(List.of(folder));
        assertThat(teach.examples()).hasSize(73);
        assertThat(teach.examples()).allSatisfy(e -> assertThat(teach.audible(e)).isTrue());
        teach.presetProperty().set(TeachViewModel.Preset.SMALL);
        teach.train();
        assertThat(teach.resultProperty().get()).as(teach.messageProperty().get()).isNotNull();
        assertThat(teach.mistakes()).anySatisfy(m -> {
            assertThat(m.example().file()).isEqualTo("low.p2.9.wav");
            assertThat(m.said()).isEqualTo("high");
            assertThat(teach.audible(m.example())).isTrue();
        });
        // And it goes on the board: the sketch's header is written for the microphone.
        teach.useModel();
        String header = new String(TeachFiles.of(editor.project(), java.util.Locale.ENGLISH).get(TeachFiles.MODEL_HEADER),
                StandardCharsets.UTF_8);
        assertThat(header).contains("#define KUMIKI_MODEL_SENSOR \"mic\"").contains("#define KUMIKI_MODEL_WINDOW 16000 ");
    }

    @Test
    void trainingOnTheSampleSetGivesAnHonestTestItsMistakesAndWordsThatAgree() {
        teach.kindProperty().set(TeachKind.MOTION);
        teach.useSampleSet();
        teach.presetProperty().set(TeachViewModel.Preset.SMALL);
        teach.pipelineProperty().set("motion-robust");
        teach.stepProperty().set(TeachViewModel.Step.TRAIN);
        teach.train();
        var r = teach.resultProperty().get();
        assertThat(r).isNotNull();
        assertThat(teach.epochLog()).isNotEmpty();
        assertThat(teach.progressProperty().get()).isEqualTo(1.0);
        // One child's recordings were kept aside: the test is the 20 examples of that child.
        int total = r.int8Metrics().total();
        assertThat(total).isEqualTo(20);
        int right = (int) Math.round(r.int8Metrics().accuracy() * total);
        assertThat(teach.accuracyWords()).isEqualTo("It got " + right + " of 20 right on examples it had never seen.");
        // The mistakes are worked out apart from the confusion matrix; they must agree with it.
        assertThat(teach.mistakes()).hasSize(total - right);
        for (TeachViewModel.Mistake m : teach.mistakes()) {
            assertThat(m.said()).isNotEqualTo(m.example().label());
        }
        assertThat(teach.memoryWords()).contains("bytes of RAM of 192 KB").contains("of 512 KB");
        // The time per recognition is the features' as well as the model's: motion-robust's FFTs are most of it.
        double ms = r.model().recognitionMs();
        assertThat(ms).isGreaterThan(r.report().latencyMs() + 1);
        assertThat(teach.memoryWords()).contains(String.format(java.util.Locale.ROOT, "about %.2f ms", ms));
        assertThat(teach.advice()).isNotBlank();
    }

    @Test
    void tryingAnExampleRunsTheInt8ModelAndTheMarkerDecidesWhatIsRecognised() {
        trainSmall();
        ModelPackage model = teach.resultProperty().get().model();
        TeachViewModel.Example wave = teach.examples().stream().filter(e -> e.label().equals("wave")).findFirst().orElseThrow();
        teach.tryExample(wave);
        float[] c = teach.certaintiesProperty().get();
        assertThat(c).containsExactly(model.predict(wave.sample()));
        String best = model.labels().get(FloatModel.argmax(c));
        teach.neededFor(best).set(Math.max(0.05, c[FloatModel.argmax(c)] - 0.01));
        teach.tryExample(wave);
        assertThat(teach.recognisedProperty().get()).isEqualTo(best);
        teach.neededFor(best).set(1.0);
        teach.tryExample(wave);
        assertThat(c[FloatModel.argmax(c)]).isLessThan(1.0f);
        assertThat(teach.recognisedProperty().get()).isEmpty();
    }

    private void trainSmall() {
        teach.kindProperty().set(TeachKind.MOTION);
        teach.useSampleSet();
        teach.presetProperty().set(TeachViewModel.Preset.SMALL);
        teach.pipelineProperty().set("motion-robust");
        teach.train();
        assertThat(teach.resultProperty().get()).isNotNull();
    }

    @Test
    void useItPutsTheModelAndTheMarkersIntoTheProjectAndUndoPutsBackNone() throws Exception {
        trainSmall();
        String[] assets = {null};
        teach.onModelChanged(json -> assets[0] = json);
        teach.neededFor("shake").set(0.85);
        teach.useModel();
        Map<String, byte[]> files = editor.project().files();
        assertThat(files).containsKeys("model/model.json", "model/model.tflite");
        assertThat(files.get("model/model.tflite")).isEqualTo(teach.resultProperty().get().tflite());
        JsonNode json = new ObjectMapper().readTree(files.get("model/model.json"));
        assertThat(json.path("recognition").path("thresholds").toString()).isEqualTo("[0.7,0.7,0.85,0.7]");
        assertThat(BuildAssets.of(editor.project()).labels()).containsExactly("circle", "idle", "shake", "wave");
        assertThat(assets[0]).contains("\"circle\"");
        // The sketch's header carries the markers, in the labels' order.
        String header = new String(TeachFiles.of(editor.project(), java.util.Locale.ENGLISH).get(TeachFiles.MODEL_HEADER),
                StandardCharsets.UTF_8);
        assertThat(header).contains("kumiki_model_needed[KUMIKI_MODEL_LABELS] = {0.7f, 0.7f, 0.85f, 0.7f};");
        // The starter: one "when … is recognised" per label, each showing its own name.
        JsonNode starter = new ObjectMapper().readTree(teach.starterProgram());
        assertThat(starter).hasSize(4);
        assertThat(starter.get(2).path("fields").path("LABEL").asText()).isEqualTo("shake");
        assertThat(starter.get(2).at("/inputs/DO/block/type").asText()).isEqualTo("kumiki_screen_fill");
        assertThat(starter.get(2).at("/inputs/DO/block/next/block/inputs/TEXT/shadow/fields/TEXT").asText()).isEqualTo("shake");

        teach.undoUse();
        assertThat(editor.project().files().keySet()).noneMatch(k -> k.startsWith("model/"));
        assertThat(BuildAssets.of(editor.project()).hasModel()).isFalse();
    }

    /**
     * The expert drawer: its window and stride follow the chosen features, and what an expert picks
     * reaches the model the project keeps and the sketch's recognition loop.
     */
    @Test
    void theExpertDrawersWindowStrideAndLearningRateReachTheProjectsModelAndSketch() throws Exception {
        teach.kindProperty().set(TeachKind.MOTION);
        assertThat(teach.windowChoices()).containsExactly(1000, 1500, 2000);
        assertThat(teach.learningRateProperty().get()).isCloseTo(kumiki.ml.train.TrainingOptions.defaults(0).learningRate(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(teach.windowMsProperty().get()).isEqualTo(2000);
        assertThat(teach.strideMsProperty().get()).isEqualTo(250);
        teach.useSampleSet();
        teach.presetProperty().set(TeachViewModel.Preset.SMALL);
        teach.pipelineProperty().set("motion-raw");
        teach.windowMsProperty().set(1500);
        teach.strideMsProperty().set(500);
        assertThat(teach.strideChoices()).containsExactly(100, 250, 500);
        teach.learningRateProperty().set(0.01);
        teach.train();
        var r = teach.resultProperty().get();
        assertThat(r).isNotNull();
        teach.useModel();
        JsonNode json = new ObjectMapper().readTree(editor.project().files().get("model/model.json"));
        assertThat(json.at("/pipeline/parameters/windowMs").asInt()).isEqualTo(1500);
        assertThat(json.at("/pipeline/parameters/windowStrideMs").asInt()).isEqualTo(500);
        assertThat(json.at("/training/learningRate").asDouble()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-6));
        // 1.5 s at 62.5 Hz is 94 readings; the board looks again every 31 readings (496 ms).
        String header = new String(TeachFiles.of(editor.project(), java.util.Locale.ENGLISH).get(TeachFiles.MODEL_HEADER),
                StandardCharsets.UTF_8);
        assertThat(header).contains("#define KUMIKI_MODEL_WINDOW 94 ").contains("#define KUMIKI_MODEL_STRIDE 31 ");

        // Other features start again from their own window.
        teach.pipelineProperty().set("motion-robust");
        assertThat(teach.windowMsProperty().get()).isEqualTo(2000);
        assertThat(teach.strideMsProperty().get()).isEqualTo(250);
    }

    @Test
    void renamingALabelRenamesItsExamplesAndTellsTheBlocks() {
        teach.kindProperty().set(TeachKind.MOTION);
        teach.useSampleSet();
        String[] renamed = new String[2];
        teach.onLabelRenamed((from, to) -> {
            renamed[0] = from;
            renamed[1] = to;
        });
        assertThat(teach.renameLabel("circle", "spin")).isTrue();
        assertThat(renamed).containsExactly("circle", "spin");
        assertThat(teach.labels()).contains("spin").doesNotContain("circle");
        assertThat(teach.count("spin")).isEqualTo(15);
        assertThat(editor.project().files()).containsKey("data/spin.p0.000.csv").doesNotContainKey("data/circle.p0.000.csv");
        assertThat(teach.examples().stream().filter(e -> e.label().equals("spin")))
                .allMatch(e -> e.sample().label().equals("spin") && e.file().startsWith("spin."));
    }

    @Test
    void stopEndsTrainingCleanlyAndChangesNothing() throws Exception {
        ExecutorService work = Executors.newSingleThreadExecutor();
        try {
            TeachViewModel async = new TeachViewModel(editor, Runnable::run, work, 7);
            async.kindProperty().set(TeachKind.MOTION);
            async.useSampleSet();
            work.submit(() -> { }).get();
            async.presetProperty().set(TeachViewModel.Preset.LARGE);
            async.train();
            async.stop();
            work.submit(() -> { }).get();
            assertThat(async.trainingProperty().get()).isFalse();
            assertThat(async.resultProperty().get()).isNull();
            assertThat(async.messageProperty().get()).isEqualTo("Training stopped. Nothing was changed.");
            assertThat(editor.project().files().keySet()).noneMatch(k -> k.startsWith("model/"));
        } finally {
            work.shutdownNow();
        }
    }

    @Test
    void openingReadsTheExamplesAProjectAlreadyHas() {
        teach.kindProperty().set(TeachKind.MOTION);
        teach.useSampleSet();
        TeachViewModel again = new TeachViewModel(editor, Runnable::run, Runnable::run, 7);
        again.open();
        assertThat(again.examples()).hasSize(60);
        assertThat(again.kindProperty().get()).isEqualTo(TeachKind.MOTION);
        assertThat(again.labels()).containsExactlyInAnyOrder("circle", "idle", "shake", "wave");
    }

    @Test
    void aRecordedStreamPlayedBackIsRecognisedAsItGoes() {
        trainSmall();
        java.util.Set<String> seen = new java.util.HashSet<>();
        teach.recognisedProperty().addListener((o, a, b) -> seen.add(b));
        teach.setPlaybackSpeed(0);
        teach.playStream();
        assertThat(teach.tryingProperty().get()).isFalse();
        // A minute by a child who is not among the built-in three: every movement in it comes up.
        assertThat(seen).contains("wave", "shake", "circle");
        assertThat(teach.certaintiesProperty().get()).hasSize(4);
    }

    /**
     * A board on a cable: it records {@code good} examples, then loses its cable. {@code running} is
     * what answers the hello (null: a child's program, no collector); putting the collector on makes
     * the motion collector answer, unless {@code putFails} gives the reason it cannot.
     */
    private static final class FakeBoard implements TeachViewModel.Board {
        final int good;
        final int[] calls;
        DeviceHello running = CollectorSketch.hello(CollectorSensor.accel(), 62.5);
        String putFails;
        final List<CollectorSensor> puts = new java.util.ArrayList<>();
        final List<String> rowsSent = new java.util.ArrayList<>();
        /** Rows the live try streams, as a board would send them. */
        List<String> stream = List.of();

        FakeBoard(int good, int[] calls) {
            this.good = good;
            this.calls = calls;
        }

        @Override
        public boolean connected() {
            return calls[0] <= good;
        }

        @Override
        public java.util.concurrent.CompletableFuture<java.util.Optional<kumiki.device.capture.Recording>> record(
                String label, double seconds, kumiki.device.capture.SampleSink sink, java.util.function.Consumer<String> rows) {
            if (label.equals("live")) {
                stream.forEach(rows);
                return java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.empty());
            }
            calls[0]++;
            try {
                if (calls[0] > good) {
                    return java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.of(
                            kumiki.device.capture.Recording.discarded(10, 0, "capture.unplugged", "/dev/ttyACM0")));
                }
                var s = kumiki.ml.synth.GestureGenerator.classroom(3, 1).sample(label, 0, calls[0]);
                // The rows as they would arrive, with a line of noise the live plot must skip.
                String csv = new String(kumiki.ml.synth.GestureGenerator.csv(s), StandardCharsets.UTF_8);
                csv.lines().skip(1).map(l -> l.substring(l.indexOf(',') + 1)).forEach(r -> {
                    rowsSent.add(r);
                    rows.accept(r);
                });
                rows.accept("#DEBUG not a reading");
                Path file = sink.save(label, "csv", kumiki.ml.synth.GestureGenerator.csv(s));
                return java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.of(
                        kumiki.device.capture.Recording.saved(file, s.length())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public java.util.concurrent.CompletableFuture<java.util.Optional<DeviceHello>> hello() {
            return java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.ofNullable(running));
        }

        @Override
        public java.util.concurrent.CompletableFuture<String> putCollector(CollectorSensor sensor,
                                                                           java.util.function.Consumer<String> stage) {
            puts.add(sensor);
            if (putFails != null) {
                return java.util.concurrent.CompletableFuture.completedFuture(putFails);
            }
            stage.accept("Uploading…");
            running = CollectorSketch.hello(sensor, sensor.defaultRate());
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }

    private FakeBoard board(int good, int[] calls) {
        return new FakeBoard(good, calls);
    }

    /** A board running a child's program gets the collector first, then records, with the live plot fed. */
    @Test
    void aBoardWithoutTheCollectorGetsItFirstAndTheLivePlotFollowsTheRecording() {
        teach.kindProperty().set(TeachKind.MOTION);
        FakeBoard b = board(9, new int[] {0});
        b.running = null;
        List<String> said = new java.util.ArrayList<>();
        teach.messageProperty().addListener((o, a, m) -> said.add(m));
        teach.setBoard(b);
        teach.recordFromBoard("wave", 1);
        assertThat(b.puts).extracting(CollectorSensor::name).containsExactly("accel");
        assertThat(said).anySatisfy(m -> assertThat(m).startsWith("Putting Kumiki's recorder on the board").endsWith("Uploading…"));
        assertThat(teach.count("wave")).isEqualTo(1);
        assertThat(teach.puttingCollectorProperty().get()).isFalse();
        // The plot holds what the board sent, in order, and skipped the line that was not a reading.
        float[][] trace = teach.liveTraceProperty().get();
        assertThat(trace).hasNumberOfRows(3);
        assertThat(trace[0]).hasSize(b.rowsSent.size());
        float[] last = LiveTrace.parse(b.rowsSent.get(b.rowsSent.size() - 1), 3);
        assertThat(new float[] {trace[0][trace[0].length - 1], trace[1][trace[1].length - 1], trace[2][trace[2].length - 1]})
                .containsExactly(last);
        assertThat(teach.liveLengthProperty().get()).isEqualTo(125); // 2 s at 62.5 Hz

        // Now it answers: the next recording goes straight ahead.
        teach.recordFromBoard("wave", 1);
        assertThat(b.puts).hasSize(1);
        assertThat(teach.count("wave")).isEqualTo(2);
    }

    /** The light sensor's collector on the board is not the one a movement needs. */
    @Test
    void anotherSensorsCollectorIsReplacedAndAFailedUploadSaysWhyAndRecordsNothing() {
        teach.kindProperty().set(TeachKind.MOTION);
        FakeBoard b = board(9, new int[] {0});
        b.running = CollectorSketch.hello(CollectorSensor.light(), 50);
        b.putFails = "Kumiki needs arduino-cli to put programs on the board.";
        teach.setBoard(b);
        teach.recordFromBoard("wave", 5);
        assertThat(b.puts).extracting(CollectorSensor::name).containsExactly("accel");
        assertThat(teach.messageProperty().get())
                .isEqualTo("The recorder could not be put on the board: Kumiki needs arduino-cli to put programs on the board.");
        assertThat(teach.recordingProperty().get()).isFalse();
        assertThat(dataFiles()).isZero();
    }

    /**
     * Live try reads the board's own columns and rate: a collector set to 400 Hz (its fastest) that
     * sends z, y, x still gives the model what it was trained on at 62.5 Hz.
     */
    @Test
    void liveTryUsesTheBoardsOwnRateAndColumnOrder() {
        // Raw readings, not the orientation-free motion-robust features: the order of the axes matters.
        teach.kindProperty().set(TeachKind.MOTION);
        teach.useSampleSet();
        teach.presetProperty().set(TeachViewModel.Preset.SMALL);
        teach.pipelineProperty().set("motion-raw");
        teach.train();
        FakeBoard b = board(99, new int[] {0});
        b.running = new DeviceHello(1, "wio_terminal", "accel", 400, List.of("accZ", "accY", "accX"),
                kumiki.device.protocol.SampleFormat.CSV, 1);
        var gen = kumiki.ml.synth.GestureGenerator.classroom(40, 1);
        List<String> rows = new java.util.ArrayList<>();
        // A board lying still has gravity on z: read in the wrong order, it would look tipped on its side.
        for (String g : List.of("shake", "wave", "circle", "idle")) {
            var s = gen.sample(g, 0, 5);
            float[][] fast = new float[3][];
            for (int c = 0; c < 3; c++) {
                fast[c] = kumiki.ml.dataset.Resample.toRate(s.values()[c], s.rateHz(), 400);
            }
            for (int rep = 0; rep < 2; rep++) {
                for (int t = 0; t < fast[0].length; t++) {
                    rows.add(fast[2][t] + "," + fast[1][t] + "," + fast[0][t]);
                }
            }
        }
        b.stream = rows;
        teach.setBoard(b);
        java.util.Set<String> seen = new java.util.HashSet<>();
        teach.recognisedProperty().addListener((o, a, r) -> seen.add(r));
        teach.tryLive(10);
        assertThat(b.puts).isEmpty();
        assertThat(seen).contains("shake", "wave");
        float[] last = teach.certaintiesProperty().get();
        assertThat(teach.resultProperty().get().model().labels().get(FloatModel.argmax(last))).isEqualTo("idle");
    }

    @Test
    void fiveInARowStopAtAPulledCableAndKeepEveryExampleBefore() {
        teach.kindProperty().set(TeachKind.MOTION);
        int[] calls = {0};
        teach.setBoard(board(2, calls));
        teach.recordFromBoard("wave", 5);
        assertThat(calls[0]).isEqualTo(3);
        assertThat(teach.count("wave")).isEqualTo(2);
        assertThat(editor.project().files().keySet().stream().filter(k -> k.startsWith("data/wave.")).count()).isEqualTo(2);
        assertThat(teach.messageProperty().get()).endsWith("Recording stopped; the 2 wave recorded before are kept.")
                .contains("cable was pulled");
        assertThat(teach.recordingProperty().get()).isFalse();

        int[] more = {0};
        teach.setBoard(board(9, more));
        teach.recordFromBoard("wave", 5);
        assertThat(teach.count("wave")).isEqualTo(7);
        assertThat(teach.messageProperty().get()).isEqualTo("Recorded 5 wave: each is in your project already.");
    }

    @Test
    void withoutABoardRecordingSaysToConnectFirst() {
        teach.kindProperty().set(TeachKind.MOTION);
        teach.recordFromBoard("wave", 1);
        assertThat(teach.messageProperty().get()).startsWith("Connect the board first");
        assertThat(dataFiles()).isZero();
    }
}
