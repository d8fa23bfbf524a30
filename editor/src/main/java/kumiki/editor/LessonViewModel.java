package kumiki.editor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kumiki.lesson.BlockLabels;
import kumiki.lesson.Lesson;
import kumiki.lesson.LessonChecker;
import kumiki.lesson.LessonException;
import kumiki.lesson.LessonLoader;
import kumiki.lesson.LessonPack;
import kumiki.lesson.Step;
import kumiki.lesson.WorkspaceBlocks;
import kumiki.project.Project;

/**
 * The lesson a child is following: which step, whether it is done, what is still missing.
 * The lesson travels inside the project ({@code lesson/…}) with the step in its settings, so closing
 * and reopening carries on where the child was. Checks run on their own thread (they ask headless
 * Blockly for block names) and report back through {@code ui}.
 */
public final class LessonViewModel {
    static final String FOLDER = "lesson/";
    static final String SETTING = "lesson";

    private final EditorViewModel editor;
    private final Executor ui;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kumiki-lesson");
        t.setDaemon(true);
        return t;
    });
    private final LessonChecker checker = new LessonChecker(BlockLabels.headless());
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final IntegerProperty step = new SimpleIntegerProperty();
    private final BooleanProperty passed = new SimpleBooleanProperty();
    private final BooleanProperty finished = new SimpleBooleanProperty();
    /** Shown after "Check my work"; empty with {@link #checkedProperty()} true means "well done". */
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private long generation;
    /** Counts projects shown, so a lesson parsed for an earlier one is not put over a later one. */
    private long opening;
    private Project resumed;

    public LessonViewModel(EditorViewModel editor, Executor ui) {
        this.editor = editor;
        this.ui = ui;
    }

    /** Begins a lesson from its starter, in a new project that carries the lesson with it. */
    public void start(Lesson l, String projectName) {
        Project p = Project.create(projectName, editor.languageProperty().get()).withWorkspace(l.starterJson())
                .withFilesUnder(FOLDER, l.pack().files());
        Project started = p.withSetting(SETTING, progress(l, 0));
        editor.startLesson(started);
        resumed = started;
        opening++;
        show(l, 0);
    }

    /** A project just opened: if it carries a lesson, continue it at the saved step; else leave lesson mode. */
    public void resume(Project p) {
        // The window resumes every project it shows, start() resumes the one it made: once is enough.
        if (p == resumed) {
            return;
        }
        resumed = p;
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        p.files().forEach((k, v) -> {
            if (k.startsWith(FOLDER)) {
                files.put(k.substring(FOLDER.length()), v);
            }
        });
        long mine = ++opening;
        if (files.isEmpty() || !p.settings().has(SETTING)) {
            close();
            return;
        }
        int savedStep = p.settings().path(SETTING).path("step").asInt(0);
        boolean wasFinished = p.settings().path(SETTING).path("finished").asBoolean(false);
        // Parsing a lesson (its JSON, both Markdown files, its blocks) is never done on the FX thread.
        checks.submit(() -> {
            Lesson parsed;
            try {
                parsed = LessonLoader.load(new LessonPack(p.name(), files));
            } catch (LessonException | RuntimeException e) {
                parsed = null;
            }
            Lesson l = parsed;
            ui.execute(() -> {
                if (mine != opening) {
                    return; // another project was shown meanwhile
                }
                if (l == null) {
                    close();
                    return;
                }
                show(l, Math.max(0, Math.min(l.steps().size() - 1, savedStep)));
                finished.set(wasFinished);
            });
        });
    }

    public void close() {
        lesson.set(null);
        missing.clear();
        checked.set(false);
        passed.set(false);
        finished.set(false);
    }

    private void show(Lesson l, int index) {
        lesson.set(l);
        step.set(index);
        missing.clear();
        checked.set(false);
        passed.set(false);
        finished.set(false);
        recheck(false);
    }

    /** Called on every change of the workspace: keeps Next up to date without bothering the child. */
    public void workspaceChanged() {
        if (lesson.get() != null) {
            recheck(checked.get());
        }
    }

    /** "Check my work": say what is still missing. */
    public void checkMyWork() {
        recheck(true);
    }

    private void recheck(boolean tell) {
        Lesson l = lesson.get();
        if (l == null) {
            return;
        }
        Step s = l.steps().get(step.get());
        String workspace = editor.project().workspaceJson();
        String lang = editor.languageProperty().get();
        long mine = ++generation;
        checks.submit(() -> {
            List<String> result;
            try {
                result = checker.missing(s, workspace, lang);
            } catch (LessonException e) {
                result = List.of(e.getMessage());
            }
            List<String> found = result;
            ui.execute(() -> {
                if (mine != generation) {
                    return; // a newer change is being checked
                }
                passed.set(found.isEmpty());
                if (tell) {
                    missing.setAll(found);
                    checked.set(true);
                }
            });
        });
    }

    public void next() {
        Lesson l = lesson.get();
        if (l == null || !passed.get()) {
            return;
        }
        if (step.get() + 1 < l.steps().size()) {
            save(l, step.get() + 1, false);
            show(l, step.get() + 1);
        } else {
            save(l, step.get(), true);
            finished.set(true);
        }
    }

    public void back() {
        Lesson l = lesson.get();
        if (l != null && step.get() > 0) {
            save(l, step.get() - 1, false);
            show(l, step.get() - 1);
        }
    }

    private void save(Lesson l, int index, boolean done) {
        ObjectNode p = progress(l, index);
        p.put("finished", done);
        editor.updateProject(project -> project.withSetting(SETTING, p));
    }

    private static ObjectNode progress(Lesson l, int index) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", l.id());
        n.put("step", index);
        return n;
    }

    /** The block types the current step allows in the toolbox, or null for all of them. */
    public List<String> allowedTypes() {
        Lesson l = lesson.get();
        if (l == null) {
            return null;
        }
        Step s = l.steps().get(step.get());
        if (!s.limitToolbox() || s.blocksJson() == null) {
            return null;
        }
        Set<String> types = new LinkedHashSet<>();
        try {
            for (WorkspaceBlocks.Node n : WorkspaceBlocks.of(s.blocksJson())) {
                types.add(n.type());
            }
        } catch (LessonException e) {
            return null;
        }
        return types.isEmpty() ? null : List.copyOf(types);
    }

    public Step currentStep() {
        Lesson l = lesson.get();
        return l == null ? null : l.steps().get(step.get());
    }

    public ObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public BooleanProperty passedProperty() {
        return passed;
    }

    public BooleanProperty finishedProperty() {
        return finished;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ObservableList<String> missing() {
        return missing;
    }
}
