package kumiki.editor;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kumiki.codegen.CompileResult;
import kumiki.codegen.KumikiCompiler;
import kumiki.codegen.SketchBuilder;
import kumiki.project.BundledSamples;
import kumiki.project.Project;
import kumiki.project.ProjectException;
import kumiki.project.ProjectFile;

/**
 * The editor's state and actions, apart from any window: the open project and
 * its file, whether it has unsaved changes, the generated code, undo
 * availability, language, and the recovery copy. The window binds to these
 * properties; tests drive it directly without a screen.
 *
 * <p>The Blockly page owns the live workspace. It reports every change through
 * {@link #workspaceChanged}; {@link #projectToShow} tells the page what to load.
 */
public final class EditorViewModel {
    private final RecoveryStore recovery;
    /** Every project write (recovery copies, examples into the saved file) happens on its thread. */
    private final ProjectWriter writer = new ProjectWriter();
    /** Where properties change from other threads: the FX thread in the app. */
    private final java.util.concurrent.Executor ui;

    private final ObjectProperty<Project> projectToShow = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty code = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty showCode = new SimpleBooleanProperty(false);
    private final IntegerProperty problemCount = new SimpleIntegerProperty();
    private final StringProperty language = new SimpleStringProperty("en");
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    /**
     * The files a Teach sketch keeps beside its .ino (kumiki_model.h, kumiki_features.h), made from the
     * shown project's model on a thread of their own: a model is parsed and written out as C, which is no
     * work for the FX thread. Empty without a model, or while they are being made.
     */
    public record SketchFile(String name, String text) {
    }

    private final javafx.collections.ObservableList<SketchFile> besideIno = javafx.collections.FXCollections.observableArrayList();
    private final java.util.concurrent.ExecutorService modelReader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kumiki-model-files");
        t.setDaemon(true);
        return t;
    });
    private int modelRequest;

    private Project project;
    /** What was showing before the last {@link #show}, in case the page refuses the new project. */
    private Shown previous;

    private record Shown(Project project, Path file, boolean dirty, String code) {
    }

    public EditorViewModel(RecoveryStore recovery) {
        this(recovery, javafx.application.Platform::runLater);
    }

    public EditorViewModel(RecoveryStore recovery, java.util.concurrent.Executor ui) {
        this.recovery = recovery;
        this.ui = ui;
        file.addListener((o, a, b) -> updateTitle());
        dirty.addListener((o, a, b) -> updateTitle());
        language.addListener((o, a, b) -> {
            if (project != null) {
                project = project.withLanguage(b);
            }
            updateTitle();
        });
    }

    // --- what the page reports -----------------------------------------------

    /** Called for every settled change in the workspace. A structural change (a block added or removed) is kept for recovery at once. */
    public void workspaceChanged(String workspaceJson, String generatedCode, int problems, boolean structural,
                                 boolean changedSinceLoad, boolean undo, boolean redo) {
        project = project.withWorkspace(workspaceJson);
        code.set(generatedCode);
        problemCount.set(problems);
        canUndo.set(undo);
        canRedo.set(redo);
        if (changedSinceLoad) {
            dirty.set(true);
        }
        if (structural && dirty.get()) {
            keepRecoveryCopy();
        }
    }

    /** Every 30 seconds. */
    public void autosaveTick() {
        if (dirty.get()) {
            keepRecoveryCopy();
        }
    }

    /**
     * Writes the recovery copy on the writer thread, the newest copy winning. The project is an
     * immutable value, so the copy written is the project as it is now, whatever the child does next.
     * A failed copy must not interrupt the child: the recovery copy is a safety net.
     */
    private void keepRecoveryCopy() {
        Project p = project;
        Path original = file.get();
        writer.recovery(() -> recovery.write(p, original));
    }

    /** Waits until every write asked for so far is on disk (tests, and closing the window). */
    public void awaitWrites() {
        writer.awaitWrites(60);
    }

    // --- commands --------------------------------------------------------------

    public void showSample(String id) throws ProjectException {
        show(BundledSamples.load(id).withLanguage(language.get()), null);
    }

    public void newProject() {
        show(Project.create(I18n.get(language.get(), "app.untitled"), language.get()), null);
    }

    /** Opens a file. If it cannot be read, the open project stays as it was. */
    public void open(Path path) throws ProjectException {
        showOpened(path, ProjectFile.read(path));
    }

    /**
     * Shows a project already read (off the FX thread) with {@link ProjectFile#read}: the window reads
     * on a background thread and only this part, which touches no file, runs on the FX thread.
     */
    public void showOpened(Path path, Project opened) {
        language.set(opened.language());
        show(opened, path);
    }

    public void save() throws ProjectException {
        if (file.get() == null) {
            throw new IllegalStateException("No file yet; use saveAs");
        }
        saveAs(file.get());
    }

    public void saveAs(Path path) throws ProjectException {
        String name = path.getFileName().toString();
        if (name.endsWith(ProjectFile.EXTENSION)) {
            name = name.substring(0, name.length() - ProjectFile.EXTENSION.length());
        }
        Project named = file.get() == null || !path.equals(file.get()) ? project.withName(name) : project;
        ProjectFile.write(path, named);
        project = named;
        file.set(path);
        dirty.set(false);
        writer.write(recovery::clear);
        status.set(I18n.get(language.get(), "status.saved", path.getFileName()));
        updateTitle();
    }

    /**
     * A recorded example joins the project's dataset ({@code data/label.NNN.ext}) and is on disk at
     * once: in the project's file when it has one, and in the recovery copy while there are unsaved
     * changes, so a crash or a pulled cable right after recording loses nothing.
     */
    /** The session tag of this sitting's recordings ({@code s3}); chosen at the first recording. */
    private String recordingSession;

    public String addSample(String label, String extension, byte[] content) {
        java.util.List<String> existing = project.files().keySet().stream()
                .filter(k -> k.startsWith("data/")).map(k -> k.substring(5)).toList();
        if (recordingSession == null) {
            recordingSession = kumiki.device.capture.DatasetWriter.newSession(existing);
        }
        String name = kumiki.device.capture.DatasetWriter.nextName(existing, label, extension, recordingSession);
        project = project.withFile("data/" + name, content);
        Path saved = file.get();
        if (saved == null || dirty.get()) {
            dirty.set(true);
            keepRecoveryCopy();
        }
        if (saved != null) {
            changeSavedFile(saved, p -> p.withFile("data/" + name, content));
        }
        return name;
    }

    /**
     * Examples the Teach wizard brings in at once (the built-in set, an import), each under its own
     * name where that is free (the name carries the session tag the honest test split needs), else
     * under the next free one. On disk at once, in one write, as a recorded example is.
     *
     * @return the names given, in order
     */
    public java.util.List<String> addSamples(java.util.Map<String, byte[]> named) {
        java.util.List<String> existing = new java.util.ArrayList<>(project.files().keySet().stream()
                .filter(k -> k.startsWith("data/")).map(k -> k.substring(5)).toList());
        java.util.Map<String, byte[]> added = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<String, byte[]> e : named.entrySet()) {
            String name = e.getKey();
            if (existing.stream().anyMatch(n -> n.equalsIgnoreCase(e.getKey()))) {
                String label = name.substring(0, name.indexOf('.'));
                String ext = name.substring(name.lastIndexOf('.') + 1);
                name = kumiki.device.capture.DatasetWriter.nextName(existing, label, ext, "i");
            }
            existing.add(name);
            added.put("data/" + name, e.getValue());
        }
        changeFiles(p -> {
            Project out = p;
            for (java.util.Map.Entry<String, byte[]> e : added.entrySet()) {
                out = out.withFile(e.getKey(), e.getValue());
            }
            return out;
        });
        return added.keySet().stream().map(k -> k.substring(5)).toList();
    }

    /** Takes one example out of the project, and out of its saved file; its bytes (for undo), or null. */
    public byte[] removeSample(String name) {
        byte[] before = project.files().get("data/" + name);
        if (before == null) {
            return null;
        }
        changeFiles(p -> {
            java.util.Map<String, byte[]> data = new java.util.TreeMap<>();
            p.files().forEach((k, v) -> {
                if (k.startsWith("data/") && !k.equals("data/" + name)) {
                    data.put(k.substring(5), v);
                }
            });
            return p.withFilesUnder("data/", data);
        });
        return before;
    }

    /**
     * The Teach wizard's trained model goes into the project ({@code model/}), in place of any model
     * before it, and into its saved file at once; the files it replaced come back, so it can be undone
     * by putting them back (an empty map puts back "no model").
     */
    public java.util.Map<String, byte[]> replaceModel(java.util.Map<String, byte[]> modelFiles) {
        java.util.Map<String, byte[]> before = new java.util.TreeMap<>();
        project.files().forEach((k, v) -> {
            if (k.startsWith("model/")) {
                before.put(k.substring(6), v);
            }
        });
        changeFiles(p -> p.withFilesUnder("model/", modelFiles));
        readModelFiles(project);
        return before;
    }

    /** A change to the project's files that is on disk at once: in its saved file, else in the recovery copy. */
    private void changeFiles(java.util.function.UnaryOperator<Project> change) {
        project = change.apply(project);
        Path saved = file.get();
        if (saved == null || dirty.get()) {
            dirty.set(true);
            keepRecoveryCopy();
        }
        if (saved != null) {
            changeSavedFile(saved, change);
        }
    }

    /**
     * A project that has a file gets the example in that file at once (atomically, on the writer
     * thread), next to the blocks as they were last saved: recording never saves block changes the
     * child has not saved. If that fails, the child is told and the example goes to the recovery copy.
     */
    private void changeSavedFile(Path saved, java.util.function.UnaryOperator<Project> change) {
        writer.write(() -> {
            try {
                ProjectFile.write(saved, change.apply(ProjectFile.read(saved)));
            } catch (ProjectException e) {
                ui.execute(() -> {
                    status.set(e.message(I18n.locale(language.get())));
                    dirty.set(true);
                    keepRecoveryCopy();
                });
            }
        });
    }

    /** How many recorded examples the project holds, per label. */
    public java.util.Map<String, Integer> sampleCounts() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String k : project.files().keySet()) {
            if (k.startsWith("data/") && k.indexOf('.', 5) > 5) {
                counts.merge(k.substring(5, k.indexOf('.', 5)), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Starts a lesson's project (made from its starter); it is new and not yet saved anywhere. */
    public void startLesson(Project p) {
        show(p, null);
        dirty.set(true);
        keepRecoveryCopy();
    }

    /** Changes the project without touching the canvas (lesson progress); kept for recovery at once. */
    public void updateProject(java.util.function.UnaryOperator<Project> change) {
        project = change.apply(project);
        dirty.set(true);
        keepRecoveryCopy();
    }

    /** Writes the sketch folder with the headless compiler, which gives the same code as the panel. */
    public Path exportSketch(Path folder) throws IOException {
        return exportSketch(project, folder);
    }

    /** The same for a project taken on the FX thread, so the export thread never reads a changing field. */
    public Path exportSketch(Project shown, Path folder) throws IOException {
        return exportSketch(shown, folder, lib -> java.util.Optional.empty());
    }

    /**
     * The same, copying TFLM into the sketch where arduino-cli has it ({@code installed} finds a
     * library's folder): a Teach sketch then builds in the Arduino IDE or arduino-cli as it is.
     */
    public Path exportSketch(Project shown, Path folder, SketchBuilder.LibraryFolders installed) throws IOException {
        CompileResult result = KumikiCompiler.compile(shown);
        if (result.refusal().isPresent()) {
            throw new IOException(result.refusal().get().message());
        }
        SketchBuilder sketch;
        try {
            sketch = SketchBuilder.of(shown.name(), result).vendoringFrom(installed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("export interrupted", e);
        }
        Path ino = sketch.writeTo(folder);
        // Export runs on a thread of its own; the status bar changes on the UI's.
        ui.execute(() -> status.set(I18n.get(language.get(), "status.exported", ino.getParent())));
        return ino;
    }

    /** The page closed cleanly: nothing to recover. */
    public void closedCleanly() {
        writer.write(recovery::clear);
        awaitWrites();
    }

    public java.util.Optional<RecoveryStore.Recovered> pendingRecovery() {
        return recovery.find();
    }

    public void restore(RecoveryStore.Recovered recovered) {
        language.set(recovered.project().language());
        show(recovered.project(), recovered.original());
        dirty.set(true);
    }

    public void discardRecovery() {
        writer.write(recovery::clear);
    }

    /** The page refused the project just shown (unknown blocks): go back to what it still displays. */
    public void revertShow() {
        if (previous == null) {
            return;
        }
        project = previous.project();
        file.set(previous.file());
        dirty.set(previous.dirty());
        code.set(previous.code());
        previous = null;
        updateTitle();
    }

    private void show(Project p, Path path) {
        previous = project == null ? null : new Shown(project, file.get(), dirty.get(), code.get());
        project = p;
        recordingSession = null; // another project: its next recording starts a session of its own
        file.set(path);
        dirty.set(false);
        code.set("");
        readModelFiles(p);
        projectToShow.set(p);
        updateTitle();
    }

    private void updateTitle() {
        String name = project == null ? "" : project.name();
        title.set((dirty.get() ? "● " : "") + name + " — " + I18n.get(language.get(), "app.title"));
    }

    // --- properties ------------------------------------------------------------

    public Project project() {
        return project;
    }

    public String displayName() {
        return project == null ? "" : project.name();
    }

    public ObjectProperty<Project> projectToShowProperty() {
        return projectToShow;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Makes the shown project's Teach headers off the FX thread; a later project's request wins. */
    private void readModelFiles(Project p) {
        int request = ++modelRequest;
        besideIno.clear();
        if (!p.files().containsKey(kumiki.codegen.BuildAssets.MODEL_JSON)) {
            return;
        }
        java.util.Locale locale = I18n.locale(language.get());
        modelReader.execute(() -> {
            java.util.List<SketchFile> files = new java.util.ArrayList<>();
            String refused = null;
            try {
                kumiki.codegen.TeachFiles.of(p, locale)
                        .forEach((name, bytes) -> files.add(new SketchFile(name,
                                new String(bytes, java.nio.charset.StandardCharsets.UTF_8))));
            } catch (kumiki.codegen.TeachFiles.Refused e) {
                // Said when the project opens, not first at Export or Upload: the blocks read only the
                // labels in model.json, so they look ready even when the model itself cannot be used.
                refused = e.getMessage();
            }
            String why = refused;
            ui.execute(() -> {
                if (request == modelRequest) {
                    besideIno.setAll(files);
                    if (why != null) {
                        status.set(why);
                    }
                }
            });
        });
    }

    public javafx.collections.ObservableList<SketchFile> besideIno() {
        return besideIno;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public BooleanProperty showCodeProperty() {
        return showCode;
    }

    public IntegerProperty problemCountProperty() {
        return problemCount;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
