package kumiki.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.protocol.DeviceHello;
import kumiki.ml.ModelPackage;
import kumiki.ml.ModelTraining;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.DatasetIssue;
import kumiki.ml.dataset.DatasetReader;
import kumiki.ml.dataset.Labels;
import kumiki.ml.dataset.Sample;
import kumiki.ml.dataset.TrainingReadiness;
import kumiki.ml.features.Pipelines;
import kumiki.ml.model.FloatModel;
import kumiki.ml.quant.ModelReport;
import kumiki.ml.synth.SampleSet;
import kumiki.ml.train.EpochProgress;
import kumiki.ml.train.TrainingOptions;
import kumiki.ml.train.TrainingCancelledException;

/**
 * The Teach wizard's state and actions, apart from any window: what to recognise, the labels, the
 * examples (kept in the project's {@code data/} the moment they arrive), training with progress and
 * Stop, what the model got right and wrong, trying it on examples, and putting it into the project.
 * Work that reads, generates or trains runs on {@code work}; every property changes on {@code ui}.
 * Tests drive it with plain executors and no screen.
 */
public final class TeachViewModel {
    public enum Step { KIND, LABELS, EXAMPLES, TRAIN, RESULTS, TRY, USE }

    /** Bigger models train longer; all three fit the Wio Terminal with room to spare. */
    public enum Preset {
        SMALL(30), MEDIUM(80), LARGE(150);

        private final int epochs;

        Preset(int epochs) {
            this.epochs = epochs;
        }

        public int epochs() {
            return epochs;
        }
    }

    /** One example of the project's dataset; {@code sample} is what the model sees. */
    public record Example(String file, String label, Sample sample) {
    }

    /** An example of the honest test the model got wrong: what it is, and what the model said. */
    public record Mistake(Example example, String said) {
    }

    /**
     * How the wizard reaches the board: the Board panel's connection in the app (DeviceViewModel), the
     * emulator in tests. Readings are passed as the collector sends them, in the model's columns.
     */
    public interface Board {
        boolean connected();

        java.util.concurrent.CompletableFuture<java.util.Optional<kumiki.device.capture.Recording>> record(
                String label, double seconds, kumiki.device.capture.SampleSink sink, Consumer<String> rows);

        /** {@code pressed} runs (on ui) each time the child presses button C on the board. */
        default void onButtonC(Runnable pressed) {
        }

        /** Who answers on the cable: the collector's hello, or empty when no collector does. */
        java.util.concurrent.CompletableFuture<java.util.Optional<DeviceHello>> hello();

        /**
         * Puts the collector for {@code sensor} on the board, passing each stage's words (on ui) to
         * {@code stage}. Completes with null once it is there, else with the reason in the child's words.
         */
        java.util.concurrent.CompletableFuture<String> putCollector(CollectorSensor sensor, Consumer<String> stage);
    }

    /** A good guess needs at least this many examples of each label; training starts from three. */
    public static final int GOAL_PER_LABEL = TrainingReadiness.FEW_PER_CLASS;
    /** Certainty needed to recognise a label, until the child moves its marker. */
    public static final double DEFAULT_NEEDED = 0.7;
    /** At most this many files in one import: a folder of thousands is not a child's recording. */
    public static final int MAX_IMPORT_FILES = 2_000;

    private final EditorViewModel editor;
    private final Executor ui;
    private final Executor work;
    private final long seed;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.KIND);
    private final ObjectProperty<TeachKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<String> labels = FXCollections.observableArrayList();
    private final ObservableList<Example> examples = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.MEDIUM);
    private final StringProperty pipeline = new SimpleStringProperty(Pipelines.AUTO);
    private final IntegerProperty epochs = new SimpleIntegerProperty(Preset.MEDIUM.epochs());
    private final BooleanProperty augment = new SimpleBooleanProperty(true);
    /** The learning rates the expert drawer offers, the standard one ({@link TrainingOptions#defaults}) in the middle. */
    public static final List<Double> LEARNING_RATES = List.of(0.001, 0.002, 0.005, 0.01, 0.02);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(LEARNING_RATES.get(2));
    /** The window and stride the model will use, in ms; they follow the features until an expert changes them. */
    private final IntegerProperty windowMs = new SimpleIntegerProperty();
    private final IntegerProperty strideMs = new SimpleIntegerProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObservableList<EpochProgress> epochLog = FXCollections.observableArrayList();
    private final BooleanProperty training = new SimpleBooleanProperty();
    private final ObjectProperty<ModelTraining.Result> result = new SimpleObjectProperty<>();
    private final ObservableList<Mistake> mistakes = FXCollections.observableArrayList();
    private AtomicBoolean cancel = new AtomicBoolean();

    private final ObjectProperty<float[]> certainties = new SimpleObjectProperty<>();
    private final StringProperty recognised = new SimpleStringProperty("");
    private final Map<String, DoubleProperty> needed = new LinkedHashMap<>();

    private final BooleanProperty trying = new SimpleBooleanProperty();
    private final StringProperty tryingWhat = new SimpleStringProperty("");
    private AtomicBoolean stopTrying = new AtomicBoolean();
    /** 1 plays a recorded stream at the speed it was recorded; tests play it as fast as it goes (0). */
    private double playbackSpeed = 1;

    private final BooleanProperty recording = new SimpleBooleanProperty();
    private final BoardRecorder recorder;

    private final BooleanProperty used = new SimpleBooleanProperty();
    private final BooleanProperty canUndoUse = new SimpleBooleanProperty();
    private final Deque<Example> deleted = new ArrayDeque<>();
    private final Deque<byte[]> deletedBytes = new ArrayDeque<>();
    private final BooleanProperty canUndoDelete = new SimpleBooleanProperty();
    private Map<String, byte[]> modelBefore;
    private Consumer<String> modelChanged = json -> { };
    private BiConsumer<String, String> labelRenamed = (from, to) -> { };

    public TeachViewModel(EditorViewModel editor, Executor ui, Executor work, long seed) {
        this.editor = editor;
        this.ui = ui;
        this.work = work;
        this.seed = seed;
        this.recorder = new BoardRecorder(new BoardRecorder.Wizard(ui, message, recording, new BoardRecorder.Words() {
            @Override
            public String get(String key, Object... args) {
                return t(key, args);
            }

            @Override
            public String language() {
                return lang();
            }
        }, this::sensor, () -> kind.get() == null ? 2 : kind.get().seconds(), labels::contains,
                () -> step.get() == Step.EXAMPLES, this::keepRecorded));
        preset.addListener((o, a, p) -> epochs.set(p.epochs()));
        // A window belongs to the features it was chosen for: another pipeline or kind starts from its own.
        pipeline.addListener((o, a, p) -> resetWindow());
        kind.addListener((o, a, k) -> resetWindow());
        resetWindow();
        kind.addListener((o, a, k) -> {
            if (k != null && labels.isEmpty()) {
                labels.setAll(k.suggestions());
                labels.add(k.background());
            }
        });
    }

    private String lang() {
        return editor.languageProperty().get();
    }

    private String t(String key, Object... args) {
        return I18n.get(lang(), key, args);
    }

    /** The window shows the new model's labels in the Teach category (BuildAssets JSON, or null). */
    public void onModelChanged(Consumer<String> listener) {
        this.modelChanged = listener;
    }

    /** The window renames a label in the blocks that name it. */
    public void onLabelRenamed(BiConsumer<String, String> listener) {
        this.labelRenamed = listener;
    }

    // --- opening --------------------------------------------------------------------------------------

    /** Starts from what the project holds: its examples (and their labels), read on the work thread. */
    public void open() {
        Map<String, byte[]> data = dataFiles();
        busy.set(true);
        work.execute(() -> {
            Dataset d = DatasetReader.read(data);
            ui.execute(() -> {
                busy.set(false);
                List<Example> read = d.samples().stream().map(s -> new Example(s.file(), s.label(), s)).toList();
                examples.setAll(read);
                for (Example e : read) {
                    if (!labels.contains(e.label())) {
                        labels.add(e.label());
                    }
                }
                if (!read.isEmpty() && kind.get() == null) {
                    kind.set(read.get(0).sample().channels().equals(List.of("audio")) ? TeachKind.SOUND
                            : read.get(0).sample().channels().size() == 3 ? TeachKind.MOTION : TeachKind.LIGHT);
                }
            });
        });
    }

    private Map<String, byte[]> dataFiles() {
        Map<String, byte[]> data = new TreeMap<>();
        editor.project().files().forEach((k, v) -> {
            if (k.startsWith("data/") && k.indexOf('/', 5) < 0) {
                data.put(k.substring(5), v);
            }
        });
        return data;
    }

    // --- steps ----------------------------------------------------------------------------------------

    /** Why the child cannot go on from this step yet, in words; null when Next may be pressed. */
    public String whyNotNext() {
        return switch (step.get()) {
            case KIND -> kind.get() == null ? t("teach.next.kind") : null;
            case LABELS -> labels.size() < 2 ? t("teach.next.labels") : null;
            case EXAMPLES -> tooFew();
            case TRAIN -> result.get() == null ? t("teach.next.train") : null;
            case RESULTS, TRY -> null;
            case USE -> null;
        };
    }

    public void next() {
        String why = whyNotNext();
        if (why != null) {
            message.set(why);
            return;
        }
        message.set("");
        if (step.get().ordinal() < Step.USE.ordinal()) {
            step.set(Step.values()[step.get().ordinal() + 1]);
        }
    }

    public void back() {
        message.set("");
        if (step.get().ordinal() > 0) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    // --- labels ---------------------------------------------------------------------------------------

    /** Null when {@code label} may join the labels (apart from {@code except}); else why not, in words. */
    public String labelProblem(String label, String except) {
        String l = label == null ? "" : label.strip();
        if (!Labels.isValid(l)) {
            return t("teach.label.invalid", Labels.MAX_LENGTH);
        }
        for (String other : labels) {
            if (!other.equals(except) && Labels.fold(other).equals(Labels.fold(l))) {
                return t("teach.label.duplicate", other);
            }
        }
        return null;
    }

    public boolean addLabel(String label) {
        String problem = labelProblem(label, null);
        message.set(problem == null ? "" : problem);
        if (problem == null) {
            labels.add(label.strip());
        }
        return problem == null;
    }

    /** Renames a label: its examples are renamed in the project, and the blocks that name it follow. */
    public boolean renameLabel(String from, String to) {
        String problem = labelProblem(to, from);
        message.set(problem == null ? "" : problem);
        if (problem != null || from.equals(to.strip())) {
            return problem == null;
        }
        String name = to.strip();
        List<Example> moving = examples.stream().filter(e -> e.label().equals(from)).toList();
        List<Example> kept = new ArrayList<>(examples.stream().filter(e -> !e.label().equals(from)).toList());
        Map<String, byte[]> renamed = new LinkedHashMap<>();
        List<Example> renamedFrom = new ArrayList<>();
        for (Example e : moving) {
            byte[] bytes = editor.removeSample(e.file());
            if (bytes != null) {
                renamed.put(name + e.file().substring(e.file().indexOf('.')), bytes);
                renamedFrom.add(e);
            }
        }
        List<String> names = editor.addSamples(renamed);
        for (int i = 0; i < names.size(); i++) {
            kept.add(withName(renamedFrom.get(i), names.get(i), name));
        }
        examples.setAll(kept);
        labels.set(labels.indexOf(from), name);
        labelRenamed.accept(from, name);
        return true;
    }

    /** Takes a label away; its examples go too (one undo each brings them back). */
    public void removeLabel(String label) {
        for (Example e : List.copyOf(examples)) {
            if (e.label().equals(label)) {
                deleteExample(e);
            }
        }
        labels.remove(label);
    }

    // --- examples -------------------------------------------------------------------------------------

    public int count(String label) {
        return (int) examples.stream().filter(e -> e.label().equals(label)).count();
    }

    /** The goal in words: "7 more of wave", or that there are enough. */
    public String goal(String label) {
        int more = GOAL_PER_LABEL - count(label);
        return more > 0 ? t("teach.goal.more", more, label) : t("teach.goal.enough", count(label));
    }

    /** Null when every label has enough examples to train; else how many more each needs, in words. */
    public String tooFew() {
        List<String> short_ = new ArrayList<>();
        for (String l : labels) {
            int more = TrainingReadiness.MIN_PER_CLASS - count(l);
            if (more > 0) {
                short_.add(t("teach.tooFew.label", more, l));
            }
        }
        if (labels.size() < 2) {
            return t("teach.next.labels");
        }
        return short_.isEmpty() ? null : t("teach.tooFew", String.join(t("teach.list.separator"), short_));
    }

    /** The built-in examples, for the labels the set has; generated and stored off the FX thread. */
    public void useSampleSet() {
        TeachKind k = kind.get();
        if (k == null || !k.hasSampleSet()) {
            message.set(t("teach.sampleSet.none"));
            return;
        }
        for (String l : SampleSet.MOTION_LABELS) {
            if (labels.stream().noneMatch(x -> Labels.fold(x).equals(l))) {
                labels.add(l);
            }
        }
        List<String> wanted = List.copyOf(labels);
        busy.set(true);
        work.execute(() -> {
            Map<String, byte[]> files = SampleSet.motion(wanted);
            Dataset d = DatasetReader.read(files);
            ui.execute(() -> {
                busy.set(false);
                add(files, d);
                message.set(t("teach.sampleSet.added", d.samples().size()));
            });
        });
    }

    /**
     * Imports Edge Impulse CSV or WAV files (or every such file in a folder). Each bad file is named with
     * what is wrong; the good ones join the project.
     */
    public void importFiles(List<Path> chosen) {
        busy.set(true);
        Locale locale = I18n.locale(lang());
        work.execute(() -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (Path p : expand(chosen, problems)) {
                try {
                    if (Files.size(p) > DatasetReader.MAX_FILE_BYTES) {
                        problems.add(p.getFileName() + ": " + I18n.get(lang(), "teach.import.tooLarge"));
                        continue;
                    }
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                } catch (IOException e) {
                    problems.add(p.getFileName() + ": " + I18n.get(lang(), "teach.import.unreadable"));
                }
            }
            Dataset d = DatasetReader.read(files);
            for (DatasetIssue issue : d.issues()) {
                if (issue.skipped()) {
                    problems.add(issue.message(locale));
                }
            }
            Map<String, byte[]> good = new LinkedHashMap<>();
            for (Sample s : d.samples()) {
                good.put(s.file(), files.get(s.file()));
            }
            ui.execute(() -> {
                busy.set(false);
                add(good, new Dataset(d.samples(), List.of()));
                for (Sample s : d.samples()) {
                    if (!labels.contains(s.label())) {
                        labels.add(s.label());
                    }
                }
                message.set(problems.isEmpty() ? t("teach.import.done", good.size())
                        : t("teach.import.someBad", good.size(), problems.size()) + "\n" + String.join("\n", problems));
            });
        });
    }

    private static List<Path> expand(List<Path> chosen, List<String> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : chosen) {
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().limit(MAX_IMPORT_FILES - out.size()).forEach(out::add);
                } catch (IOException e) {
                    problems.add(p.getFileName() + ": " + e.getMessage());
                }
            } else {
                out.add(p);
            }
            if (out.size() >= MAX_IMPORT_FILES) {
                break;
            }
        }
        return out;
    }

    public void setBoard(Board board) {
        recorder.setBoard(board);
    }

    /** The label the Examples step records (its chooser), and whether five in a row. */
    public StringProperty recordLabelProperty() {
        return recorder.recordLabel();
    }

    public BooleanProperty recordFiveProperty() {
        return recorder.recordFive();
    }

    public BooleanProperty puttingCollectorProperty() {
        return recorder.puttingCollector();
    }

    public ObjectProperty<float[][]> liveTraceProperty() {
        return recorder.liveTrace();
    }

    public IntegerProperty liveLengthProperty() {
        return recorder.liveLength();
    }

    /** Records {@code times} examples of {@code label} from the board: see {@link BoardRecorder#recordFromBoard}. */
    public void recordFromBoard(String label, int times) {
        recorder.recordFromBoard(label, times);
    }

    /** The collector this project's examples come from: the kind's, or the one the trained model reads. */
    private CollectorSensor sensor() {
        if (kind.get() != null) {
            return kind.get().collector();
        }
        ModelTraining.Result r = result.get();
        return r != null && r.model().pipeline().channels().equals(List.of("audio")) ? CollectorSensor.mic()
                : TeachKind.MOTION.collector();
    }

    /** Puts the collector on the board now, as the Examples step's button asks. */
    public void putCollector() {
        recorder.putCollector();
    }

    /** The recorder's sink: on the recording thread, into the project and the list on ui, waiting for both. */
    private Path keepRecorded(String label, String extension, byte[] content) throws IOException {
        java.util.concurrent.FutureTask<String> add = new java.util.concurrent.FutureTask<>(() -> {
            String name = editor.addSample(label, extension, content);
            Dataset d = DatasetReader.read(Map.of(name, content));
            if (!d.samples().isEmpty()) {
                Sample s = d.samples().get(0);
                examples.add(new Example(name, label, s));
            }
            return name;
        });
        ui.execute(add);
        try {
            return Path.of(add.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    private void add(Map<String, byte[]> files, Dataset read) {
        Map<String, Sample> byName = new LinkedHashMap<>();
        read.samples().forEach(s -> byName.put(s.file(), s));
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        byName.keySet().forEach(n -> ordered.put(n, files.get(n)));
        List<String> names = editor.addSamples(ordered);
        List<Sample> samples = new ArrayList<>(byName.values());
        for (int i = 0; i < names.size(); i++) {
            Sample s = samples.get(i);
            examples.add(new Example(names.get(i), s.label(), new Sample(names.get(i), s.label(), s.channels(), s.rateHz(), s.values())));
        }
    }

    /**
     * Plays a sound example on the computer's speaker, off the FX thread. A machine without sound
     * (or a file that is not sound) is told in words; nothing else happens.
     */
    public void play(Example e) {
        if (!audible(e)) {
            return;
        }
        byte[] bytes = editor.project().files().get("data/" + e.file());
        work.execute(() -> {
            try (var in = javax.sound.sampled.AudioSystem.getAudioInputStream(new java.io.ByteArrayInputStream(bytes))) {
                javax.sound.sampled.Clip clip = javax.sound.sampled.AudioSystem.getClip();
                clip.open(in);
                clip.start();
            } catch (javax.sound.sampled.LineUnavailableException | javax.sound.sampled.UnsupportedAudioFileException
                     | IOException | IllegalArgumentException | SecurityException x) {
                ui.execute(() -> message.set(t("teach.examples.cannotPlay")));
            }
        });
    }

    /** Whether the example is a sound the project holds, so it can be played. */
    public boolean audible(Example e) {
        return e.file().toLowerCase(Locale.ROOT).endsWith(".wav") && editor.project().files().containsKey("data/" + e.file());
    }

    /** Takes an example out of the project; {@link #undoDelete} puts it back. */
    public void deleteExample(Example e) {
        byte[] bytes = editor.removeSample(e.file());
        examples.remove(e);
        if (bytes != null) {
            deleted.push(e);
            deletedBytes.push(bytes);
        }
        canUndoDelete.set(!deleted.isEmpty());
    }

    public void undoDelete() {
        if (deleted.isEmpty()) {
            return;
        }
        Example e = deleted.pop();
        byte[] bytes = deletedBytes.pop();
        editor.addSamples(Map.of(e.file(), bytes));
        examples.add(e);
        if (!labels.contains(e.label())) {
            labels.add(e.label());
        }
        canUndoDelete.set(!deleted.isEmpty());
    }

    /** Moves an example to another label (its file is renamed in the project). */
    public void relabel(Example e, String label) {
        if (e.label().equals(label) || !labels.contains(label)) {
            return;
        }
        byte[] bytes = editor.removeSample(e.file());
        if (bytes == null) {
            return;
        }
        String name = editor.addSamples(Map.of(label + e.file().substring(e.file().indexOf('.')), bytes)).get(0);
        examples.set(examples.indexOf(e), withName(e, name, label));
    }

    private static Example withName(Example e, String file, String label) {
        Sample s = e.sample();
        return new Example(file, label, s == null ? null : new Sample(file, label, s.channels(), s.rateHz(), s.values()));
    }

    // --- training -------------------------------------------------------------------------------------

    /** Trains on the examples off the FX thread; progress, the epoch chart and the result arrive on ui. */
    public void train() {
        String why = tooFew();
        if (why != null) {
            message.set(why);
            return;
        }
        if (training.get()) {
            return;
        }
        List<Sample> samples = examples.stream().filter(e -> labels.contains(e.label()) && e.sample() != null)
                .map(Example::sample).toList();
        // A window or stride nobody changed is the features' own (0), so auto may try pipelines of any window.
        var standard = Pipelines.standard(windowPipeline());
        ModelTraining.Plan plan = new ModelTraining.Plan(pipeline.get(), epochs.get(), seed, augment.get(),
                (float) learningRate.get(), windowMs.get() == standard.windowMs() ? 0 : windowMs.get(),
                strideMs.get() == standard.windowStrideMs() ? 0 : strideMs.get());
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        training.set(true);
        progress.set(0);
        epochLog.clear();
        message.set("");
        Locale locale = I18n.locale(lang());
        work.execute(() -> {
            try {
                ModelTraining.Result r = ModelTraining.train(samples, plan, p -> ui.execute(() -> {
                    progress.set(p.fraction());
                    progressText.set(p.step().in(locale));
                    if (p.epoch() != null) {
                        epochLog.add(p.epoch());
                    }
                }), stop::get);
                List<Mistake> wrong = mistakesOf(r);
                ui.execute(() -> {
                    // Everything the results show is in place before the result itself, which moves the wizard on.
                    mistakes.setAll(wrong);
                    needed.clear();
                    for (String l : r.model().labels()) {
                        neededFor(l);
                    }
                    used.set(false);
                    String done = t("teach.trained", String.format(Locale.ROOT, "%.1f", r.seconds()));
                    progressText.set(done);
                    message.set(done);
                    training.set(false);
                    result.set(r);
                });
            } catch (TrainingCancelledException e) {
                ui.execute(() -> {
                    training.set(false);
                    progress.set(-1);
                    message.set(t("teach.stopped"));
                });
            } catch (ModelPackage.NotTrainable e) {
                String words = String.join("\n", e.problems().stream().map(i -> i.message(locale)).toList());
                ui.execute(() -> {
                    training.set(false);
                    progress.set(-1);
                    message.set(words);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    training.set(false);
                    progress.set(-1);
                    message.set(t("teach.trainFailed", String.valueOf(e.getMessage())));
                });
            }
        });
    }

    /** Stops training soon (between batches), and any live try; closing the wizard does this too. */
    public void stop() {
        cancel.set(true);
        stopTrying.set(true);
    }

    private List<Mistake> mistakesOf(ModelTraining.Result r) {
        List<Mistake> out = new ArrayList<>();
        List<String> l = r.model().labels();
        for (Sample s : r.split().test()) {
            int said = FloatModel.argmax(r.model().predict(s));
            if (!l.get(said).equals(s.label())) {
                out.add(new Mistake(new Example(s.file(), s.label(), s), l.get(said)));
            }
        }
        return out;
    }

    // --- results --------------------------------------------------------------------------------------

    /** "It got 27 of 30 right on examples it had never seen", from the int8 model the board will run. */
    public String accuracyWords() {
        return result.get() == null ? "" : new TeachReport(result.get(), lang()).accuracyWords();
    }

    /** Float and int8 accuracy on the test, in numbers. */
    public String accuracyNumbers() {
        return result.get() == null ? "" : new TeachReport(result.get(), lang()).accuracyNumbers();
    }

    /** RAM and flash the model takes on the board, and the time one recognition takes. */
    public String memoryWords() {
        return result.get() == null ? "" : new TeachReport(result.get(), lang()).memoryWords();
    }

    public static int ramBytes(ModelReport m) {
        return TeachReport.ramBytes(m);
    }

    /** Advice that names the fix: which labels get mixed up, which look unlike their own, which need more. */
    public String advice() {
        return result.get() == null ? "" : new TeachReport(result.get(), lang()).advice(labels, this::count, GOAL_PER_LABEL);
    }

    // --- trying it ------------------------------------------------------------------------------------

    /** The certainty needed to recognise a label (0..1): the marker the child drags, and the sketch's threshold. */
    public DoubleProperty neededFor(String label) {
        return needed.computeIfAbsent(label, l -> new SimpleDoubleProperty(DEFAULT_NEEDED));
    }

    /**
     * Examples to try it on: those the model never saw (the honest test) first, then a few of each
     * label, so a child tries the fair ones before the ones it learnt from.
     */
    public List<Example> toTry() {
        ModelTraining.Result r = result.get();
        List<Example> out = new ArrayList<>();
        java.util.Set<String> test = new java.util.HashSet<>();
        if (r != null) {
            r.split().test().forEach(s -> test.add(s.file()));
        }
        examples.stream().filter(e -> test.contains(e.file())).forEach(out::add);
        for (String l : labels) {
            examples.stream().filter(e -> e.label().equals(l) && !test.contains(e.file())).limit(3).forEach(out::add);
        }
        return out;
    }

    /** Runs the int8 model on one example with the Java interpreter, exactly as the board computes. */
    public void tryExample(Example e) {
        ModelTraining.Result r = result.get();
        if (r == null || e.sample() == null) {
            return;
        }
        work.execute(() -> {
            float[] c = r.model().predict(e.sample());
            ui.execute(() -> show(r.model().labels(), c));
        });
    }

    private double[] markers(List<String> l) {
        double[] needed = new double[l.size()];
        for (int i = 0; i < needed.length; i++) {
            needed[i] = neededFor(l.get(i)).get();
        }
        return needed;
    }

    /**
     * Live from the board: it streams its readings for {@code seconds} (nothing is saved), and the int8
     * model runs on each new window here, as the board would run it, with the markers as they are set.
     * The readings are taken in the model's columns at its rate, as the collector for it sends them.
     */
    public void tryLive(double seconds) {
        ModelTraining.Result r = result.get();
        if (r == null || trying.get()) {
            return;
        }
        Board board = recorder.connectedBoard();
        if (board == null) {
            return;
        }
        trying.set(true);
        recorder.withCollector(hello -> tryLive(r, board, hello, seconds), () -> trying.set(false));
    }

    /**
     * The board's stream, at the board's own rate and in its own column order: the classifier
     * resamples and reorders as training did, so a collector set to another rate still reads right.
     */
    private void tryLive(ModelTraining.Result r, Board board, DeviceHello hello, double seconds) {
        if (!hello.columns().containsAll(r.model().pipeline().channels())) {
            trying.set(false);
            message.set(t("teach.try.otherSensor", String.join(", ", hello.columns())));
            return;
        }
        var live = new kumiki.ml.LiveClassifier(r.model(), hello.columns(), hello.rate(), markers(r.model().labels()));
        int columns = hello.columns().size();
        AtomicBoolean stop = new AtomicBoolean();
        stopTrying = stop;
        tryingWhat.set(t("teach.try.live"));
        message.set("");
        board.record("live", seconds, (label, ext, content) -> Path.of("live"), row -> {
            float[] reading = LiveTrace.parse(row, columns);
            if (reading != null && !stop.get()) {
                showWindow(r.model().labels(), live.push(reading));
            }
        }).whenComplete((x, e) -> ui.execute(() -> {
            trying.set(false);
            tryingWhat.set("");
        }));
    }

    private void showWindow(List<String> l, kumiki.ml.LiveClassifier.Window w) {
        if (w == null) {
            return;
        }
        ui.execute(() -> {
            certainties.set(w.certainty());
            recognised.set(w.recognised());
        });
    }

    /**
     * Without a board: a recorded stream played back at its own speed through the same live
     * classifier. With the built-in examples it is a minute by a child who is not among them; otherwise
     * the examples the model never saw, one after the other.
     */
    public void playStream() {
        ModelTraining.Result r = result.get();
        if (r == null || trying.get()) {
            return;
        }
        Sample stream = playbackStream(r);
        if (stream == null) {
            message.set(t("teach.try.noStream"));
            return;
        }
        var live = new kumiki.ml.LiveClassifier(r.model(), stream.channels(), stream.rateHz(),
                markers(r.model().labels()));
        AtomicBoolean stop = new AtomicBoolean();
        stopTrying = stop;
        trying.set(true);
        tryingWhat.set(t("teach.try.playing"));
        double speed = playbackSpeed;
        work.execute(() -> {
            long start = System.nanoTime();
            float[] reading = new float[stream.channels().size()];
            for (int i = 0; i < stream.length() && !stop.get(); i++) {
                for (int c = 0; c < reading.length; c++) {
                    reading[c] = stream.values()[c][i];
                }
                showWindow(r.model().labels(), live.push(reading));
                if (speed > 0) {
                    long due = start + (long) (i / stream.rateHz() / speed * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 2_000_000) {
                        try {
                            Thread.sleep(wait / 1_000_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                }
            }
            ui.execute(() -> {
                trying.set(false);
                tryingWhat.set("");
            });
        });
    }

    private Sample playbackStream(ModelTraining.Result r) {
        boolean builtIn = examples.stream().anyMatch(e -> e.file().matches("[a-z]+\\.p\\d\\.\\d+\\.csv"))
                && SampleSet.MOTION_LABELS.containsAll(r.model().labels());
        if (builtIn) {
            return SampleSet.stream();
        }
        List<Sample> parts = r.split().test().isEmpty() ? examples.stream().map(Example::sample).filter(x -> x != null).toList()
                : r.split().test();
        if (parts.isEmpty()) {
            return null;
        }
        Sample first = parts.get(0);
        int total = parts.stream().filter(x -> x.channels().equals(first.channels())).mapToInt(Sample::length).sum();
        float[][] v = new float[first.channels().size()][total];
        int at = 0;
        for (Sample x : parts) {
            if (!x.channels().equals(first.channels())) {
                continue;
            }
            float[][] y = Math.abs(x.rateHz() - first.rateHz()) < 1e-9 ? x.values() : null;
            if (y == null) {
                continue;
            }
            for (int c = 0; c < v.length; c++) {
                System.arraycopy(y[c], 0, v[c], at, y[c].length);
            }
            at += x.length();
        }
        float[][] cut = new float[v.length][];
        for (int c = 0; c < v.length; c++) {
            cut[c] = java.util.Arrays.copyOf(v[c], at);
        }
        return new Sample("stream", "stream", first.channels(), first.rateHz(), cut);
    }

    public void stopTrying() {
        stopTrying.set(true);
    }

    /** Tests play streams as fast as they go. */
    public void setPlaybackSpeed(double speed) {
        this.playbackSpeed = speed;
    }

    private void show(List<String> l, float[] c) {
        certainties.set(c);
        int best = FloatModel.argmax(c);
        recognised.set(c[best] >= neededFor(l.get(best)).get() ? l.get(best) : "");
    }

    // --- using it -------------------------------------------------------------------------------------

    /**
     * Puts the model into the project ({@code model/}), in place of any before it (Undo puts that back),
     * with the certainty each label needs as the child set it.
     */
    public void useModel() {
        ModelTraining.Result r = result.get();
        if (r == null) {
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) r.model().json().deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode recognition = json.with("recognition");
        com.fasterxml.jackson.databind.node.ArrayNode thresholds = recognition.putArray("thresholds");
        for (String l : r.model().labels()) {
            thresholds.add(Math.round(neededFor(l).get() * 100) / 100.0);
        }
        Map<String, byte[]> files = new TreeMap<>();
        files.put("model.json", json.toPrettyString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("model.tflite", r.tflite());
        modelBefore = editor.replaceModel(files);
        used.set(true);
        canUndoUse.set(true);
        modelChanged.accept(kumiki.codegen.BuildAssets.of(editor.project()).toJson());
        message.set(t("teach.used", String.join(", ", r.model().labels())));
    }

    /** Puts back the model the project had before (or none). */
    public void undoUse() {
        if (modelBefore == null) {
            return;
        }
        editor.replaceModel(modelBefore);
        modelBefore = null;
        used.set(false);
        canUndoUse.set(false);
        modelChanged.accept(kumiki.codegen.BuildAssets.of(editor.project()).toJson());
        message.set(t("teach.usedUndone"));
    }

    /** The starter program for the model's labels (or the labels so far): see {@link StarterProgram}. */
    public String starterProgram() {
        ModelTraining.Result r = result.get();
        return StarterProgram.of(r == null ? List.copyOf(labels) : r.model().labels());
    }

    // --- properties -----------------------------------------------------------------------------------

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObjectProperty<TeachKind> kindProperty() {
        return kind;
    }

    public ObservableList<String> labels() {
        return labels;
    }

    public ObservableList<Example> examples() {
        return examples;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public StringProperty pipelineProperty() {
        return pipeline;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public BooleanProperty augmentProperty() {
        return augment;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty windowMsProperty() {
        return windowMs;
    }

    public IntegerProperty strideMsProperty() {
        return strideMs;
    }

    /** The windows the expert drawer offers for the chosen features (for auto: those the kind starts with). */
    public List<Integer> windowChoices() {
        return Pipelines.windowChoices(windowPipeline());
    }

    /** The strides the expert drawer offers for the chosen window. */
    public List<Integer> strideChoices() {
        return Pipelines.strideChoices(windowMs.get());
    }

    private String windowPipeline() {
        if (!Pipelines.AUTO.equals(pipeline.get())) {
            return pipeline.get();
        }
        TeachKind k = kind.get() == null ? TeachKind.MOTION : kind.get();
        return Pipelines.candidatesFor(k.channels()).get(0);
    }

    private void resetWindow() {
        var p = Pipelines.standard(windowPipeline());
        windowMs.set(p.windowMs());
        strideMs.set(p.windowStrideMs());
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ObservableList<EpochProgress> epochLog() {
        return epochLog;
    }

    public BooleanProperty trainingProperty() {
        return training;
    }

    public ObjectProperty<ModelTraining.Result> resultProperty() {
        return result;
    }

    public ObservableList<Mistake> mistakes() {
        return mistakes;
    }

    public ObjectProperty<float[]> certaintiesProperty() {
        return certainties;
    }

    public StringProperty recognisedProperty() {
        return recognised;
    }

    public BooleanProperty tryingProperty() {
        return trying;
    }

    public StringProperty tryingWhatProperty() {
        return tryingWhat;
    }

    public BooleanProperty recordingProperty() {
        return recording;
    }

    public BooleanProperty usedProperty() {
        return used;
    }

    public BooleanProperty canUndoUseProperty() {
        return canUndoUse;
    }

    public BooleanProperty canUndoDeleteProperty() {
        return canUndoDelete;
    }

    public String language() {
        return lang();
    }
}
