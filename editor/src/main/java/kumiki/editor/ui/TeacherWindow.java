package kumiki.editor.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import kumiki.editor.I18n;
import kumiki.lesson.BlockLabels;
import kumiki.lesson.CheckRule;
import kumiki.lesson.Lesson;
import kumiki.lesson.LessonChecker;
import kumiki.lesson.LessonDraft;
import kumiki.lesson.LessonException;
import kumiki.lesson.LessonLoader;
import kumiki.lesson.LessonProblem;
import kumiki.lesson.LessonValidator;

/**
 * Teacher mode: write a lesson without touching JSON. Words go in text boxes in both languages;
 * blocks, starters and solutions come from the workspace with one button each; a check is made
 * from the workspace and then loosened in a list; Check, Preview and Export finish the job.
 */
public final class TeacherWindow {
    private final Stage stage = new Stage();
    private final LessonDraft draft;
    private final Supplier<String> workspace;
    private final String lang;
    private final java.util.function.Consumer<Lesson> preview;
    private final ExecutorService names = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kumiki-teacher");
        t.setDaemon(true);
        return t;
    });
    private final BlockLabels labels = BlockLabels.headless();

    private final ListView<LessonDraft.StepDraft> stepList = new ListView<>();
    private final VBox stepEditor = new VBox(8);
    private final Label starterState = new Label();
    private final TextArea report = new TextArea();

    public TeacherWindow(Window owner, LessonDraft draft, Supplier<String> workspace, String lang,
                         java.util.function.Consumer<Lesson> preview) {
        this.draft = draft;
        this.workspace = workspace;
        this.lang = lang;
        this.preview = preview;
        stage.initOwner(owner);
        stage.setTitle(t("teacher.title"));

        TextField id = new TextField(draft.id);
        id.setId("teacher-id");
        id.textProperty().addListener((o, a, b) -> draft.id = b.strip());
        TextField titleEn = new TextField(draft.titles.get("en"));
        titleEn.setId("teacher-title-en");
        titleEn.textProperty().addListener((o, a, b) -> draft.titles.put("en", b));
        TextField titleJa = new TextField(draft.titles.get("ja"));
        titleJa.setId("teacher-title-ja");
        titleJa.textProperty().addListener((o, a, b) -> draft.titles.put("ja", b));
        Spinner<Integer> minutes = new Spinner<>(5, 180, draft.minutes, 5);
        minutes.valueProperty().addListener((o, a, b) -> draft.minutes = b);
        ComboBox<String> level = new ComboBox<>();
        level.getItems().setAll("beginner", "intermediate", "advanced");
        level.setValue(draft.level);
        level.valueProperty().addListener((o, a, b) -> draft.level = b);
        GridPane about = new GridPane();
        about.setHgap(8);
        about.setVgap(6);
        about.addRow(0, new Label(t("teacher.id")), id, new Label(t("teacher.minutes")), minutes);
        about.addRow(1, new Label(t("teacher.title.en")), titleEn, new Label(t("teacher.level")), level);
        about.addRow(2, new Label(t("teacher.title.ja")), titleJa);
        GridPane.setHgrow(titleEn, Priority.ALWAYS);

        Button starter = button("teacher-starter", "teacher.starter", () -> {
            draft.starterJson = workspace.get();
            showStarterState();
        });
        showStarterState();
        HBox starterRow = new HBox(8, starter, starterState);
        starterRow.setAlignment(Pos.CENTER_LEFT);

        stepList.setId("teacher-steps");
        stepList.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(LessonDraft.StepDraft s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + s.titles.get(lang.startsWith("ja") ? "ja" : "en"));
            }
        });
        stepList.getItems().setAll(draft.steps);
        stepList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> editStep(b));
        Button add = button("teacher-add-step", "teacher.addStep", () -> {
            LessonDraft.StepDraft s = new LessonDraft.StepDraft();
            s.titles.put("en", "Step " + (draft.steps.size() + 1));
            s.titles.put("ja", "ステップ " + (draft.steps.size() + 1));
            draft.steps.add(s);
            stepList.getItems().setAll(draft.steps);
            stepList.getSelectionModel().select(s);
        });
        Button remove = button("teacher-remove-step", "teacher.removeStep", () -> {
            LessonDraft.StepDraft s = stepList.getSelectionModel().getSelectedItem();
            if (s != null) {
                draft.steps.remove(s);
                stepList.getItems().setAll(draft.steps);
            }
        });
        Button up = button("teacher-up", "teacher.up", () -> move(-1));
        Button down = button("teacher-down", "teacher.down", () -> move(1));
        javafx.scene.layout.FlowPane stepButtons = new javafx.scene.layout.FlowPane(6, 6, add, remove, up, down);
        for (Button b : List.of(add, remove, up, down)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox steps = new VBox(6, new Label(t("teacher.steps")), stepList, stepButtons);
        VBox.setVgrow(stepList, Priority.ALWAYS);

        ScrollPane editorScroll = new ScrollPane(stepEditor);
        editorScroll.setFitToWidth(true);
        stepEditor.setPadding(new Insets(4, 8, 4, 8));
        SplitPane middle = new SplitPane(steps, editorScroll);
        middle.setDividerPositions(0.19);
        VBox.setVgrow(middle, Priority.ALWAYS);

        report.setEditable(false);
        report.setPrefRowCount(4);
        report.setId("teacher-report");
        Button check = button("teacher-check", "teacher.check", this::checkLesson);
        Button previewButton = button("teacher-preview", "teacher.preview", () -> {
            var pack = draft.toPack();
            names.submit(() -> {
                try {
                    Lesson l = LessonLoader.load(pack);
                    Platform.runLater(() -> preview.accept(l));
                } catch (LessonException e) {
                    Platform.runLater(() -> report.setText(e.message(I18n.locale(lang))));
                }
            });
        });
        Button export = button("teacher-export", "teacher.export", this::export);
        HBox bottom = new HBox(8, check, previewButton, export);

        VBox root = new VBox(10, about, starterRow, middle, report, bottom);
        root.setPadding(new Insets(12));
        UiFont.load(); // at once if the app loaded it already; tests that make windows directly load it here
        root.getStyleClass().add("kumiki-root");
        Scene scene = new Scene(root, 1360, 800);
        scene.getStylesheets().add(TeacherWindow.class.getResource("/kumiki/editor/kumiki.css").toExternalForm());
        stage.setScene(scene);
        stage.setUserData(this);
        stage.setOnHidden(e -> names.shutdownNow());
        if (!draft.steps.isEmpty()) {
            stepList.getSelectionModel().select(0);
        }
    }

    public Stage stage() {
        return stage;
    }

    public LessonDraft draft() {
        return draft;
    }

    public void show() {
        stage.show();
    }

    private String t(String key, Object... args) {
        return I18n.get(lang, key, args);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showStarterState() {
        starterState.setText(draft.starterJson == null ? t("teacher.starter.none") : t("teacher.captured", blocks(draft.starterJson)));
    }

    private static int blocks(String json) {
        try {
            return kumiki.lesson.WorkspaceBlocks.of(json).size();
        } catch (LessonException e) {
            return 0;
        }
    }

    private void move(int by) {
        LessonDraft.StepDraft s = stepList.getSelectionModel().getSelectedItem();
        int i = draft.steps.indexOf(s);
        if (s != null && i + by >= 0 && i + by < draft.steps.size()) {
            draft.steps.remove(i);
            draft.steps.add(i + by, s);
            stepList.getItems().setAll(draft.steps);
            stepList.getSelectionModel().select(s);
        }
    }

    /** The selected step: its words in both languages, its blocks, solution and check. */
    private void editStep(LessonDraft.StepDraft s) {
        stepEditor.getChildren().clear();
        if (s == null) {
            return;
        }
        GridPane words = new GridPane();
        words.setHgap(8);
        words.setVgap(6);
        int row = 0;
        for (String l : List.of("en", "ja")) {
            TextField title = new TextField(s.titles.get(l));
            title.setId("teacher-step-title-" + l);
            title.textProperty().addListener((o, a, b) -> {
                s.titles.put(l, b);
                stepList.refresh();
            });
            TextArea text = new TextArea(s.texts.get(l));
            text.setId("teacher-step-text-" + l);
            text.setPrefRowCount(3);
            text.setPrefColumnCount(20);
            text.setWrapText(true);
            text.textProperty().addListener((o, a, b) -> s.texts.put(l, b));
            TextArea hint = new TextArea(s.hints.get(l));
            hint.setId("teacher-step-hint-" + l);
            hint.setPrefRowCount(2);
            hint.setWrapText(true);
            hint.textProperty().addListener((o, a, b) -> s.hints.put(l, b));
            words.addRow(row++, label(t("teacher.step.title." + l)), title);
            words.addRow(row++, label(t("teacher.step.text." + l)), text);
            words.addRow(row++, label(t("teacher.step.hint." + l)), hint);
            GridPane.setHgrow(text, Priority.ALWAYS);
        }
        Label blocksState = new Label(s.blocksJson == null ? t("teacher.none") : t("teacher.captured", blocks(s.blocksJson)));
        Label solutionState = new Label(s.solutionJson == null ? t("teacher.none") : t("teacher.captured", blocks(s.solutionJson)));
        Button useBlocks = button("teacher-step-blocks", "teacher.step.blocks", () -> {
            s.blocksJson = workspace.get();
            blocksState.setText(t("teacher.captured", blocks(s.blocksJson)));
        });
        Button useSolution = button("teacher-step-solution", "teacher.step.solution", () -> {
            s.solutionJson = workspace.get();
            solutionState.setText(t("teacher.captured", blocks(s.solutionJson)));
        });
        CheckBox limit = new CheckBox(t("teacher.step.limit"));
        limit.setSelected(s.limitToolbox);
        limit.selectedProperty().addListener((o, a, b) -> s.limitToolbox = b);
        VBox rules = new VBox(4);
        rules.setId("teacher-rules");
        Button makeCheck = button("teacher-step-make-check", "teacher.step.makeCheck", () -> {
            try {
                s.check.clear();
                s.check.addAll(LessonDraft.checkFrom(workspace.get()));
                showRules(s, rules);
            } catch (LessonException e) {
                report.setText(e.message(I18n.locale(lang)));
            }
        });
        GridPane capture = new GridPane();
        capture.setHgap(8);
        capture.setVgap(6);
        useBlocks.setMinWidth(Region.USE_PREF_SIZE);
        useSolution.setMinWidth(Region.USE_PREF_SIZE);
        blocksState.setWrapText(true);
        solutionState.setWrapText(true);
        capture.addRow(0, useBlocks, blocksState);
        capture.addRow(1, useSolution, solutionState);
        showRules(s, rules);
        // Words on the left, blocks and the check on the right: everything in view without scrolling.
        VBox blocksSide = new VBox(8, capture, limit, new Label(t("teacher.step.check")), makeCheck, rules);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox.setHgrow(blocksSide, Priority.ALWAYS);
        stepEditor.getChildren().add(new HBox(16, words, blocksSide));
    }

    /** One row a rule: what it asks, and the numbers a teacher may loosen (how many, from, to), or remove it. */
    private void showRules(LessonDraft.StepDraft s, VBox box) {
        box.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        for (int i = 0; i < s.check.size(); i++) {
            int at = i;
            CheckRule r = s.check.get(i);
            Label what = new Label(r.isForbid() ? r.forbid() : r.block());
            what.setPrefWidth(210);
            what.setWrapText(true);
            what.getStyleClass().add("kumiki-teacher-rule");
            describe(r, what);
            grid.add(what, 0, i);
            if (!r.isForbid() && r.input() == null) {
                Spinner<Integer> count = new Spinner<>(1, 50, r.count());
                count.setPrefWidth(76);
                count.valueProperty().addListener((o, a, b) -> s.check.set(at, with(s.check.get(at), b, null, null, false)));
                grid.add(new HBox(4, label(t("teacher.rule.count")), count), 1, i);
            } else if (r.input() != null) {
                TextField min = number(r.min());
                TextField max = number(r.max());
                min.textProperty().addListener((o, a, b) -> s.check.set(at, with(s.check.get(at), null, parse(b), parse(max.getText()), true)));
                max.textProperty().addListener((o, a, b) -> s.check.set(at, with(s.check.get(at), null, parse(min.getText()), parse(b), true)));
                grid.add(new HBox(4, label(t("teacher.rule.from")), min, label(t("teacher.rule.to")), max), 1, i);
            }
            Button remove = new Button("✕");
            remove.setOnAction(e -> {
                s.check.remove(at);
                showRules(s, box);
            });
            grid.add(remove, 2, i);
        }
        box.getChildren().add(grid);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }

    private static CheckRule with(CheckRule r, Integer count, Double min, Double max, boolean range) {
        return new CheckRule(r.block(), count == null ? r.count() : count, r.fields(), r.input(), range ? min : r.min(),
                range ? max : r.max(), r.inside(), r.insideFields(), r.forbid());
    }

    private static TextField number(Double v) {
        TextField f = new TextField(v == null ? "" : v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString());
        f.setPrefColumnCount(4);
        f.setMinWidth(Region.USE_PREF_SIZE);
        return f;
    }

    private static Double parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The block names come from headless Blockly, away from the window's thread. */
    private void describe(CheckRule r, Label target) {
        names.submit(() -> {
            String text;
            if (r.isForbid()) {
                text = t("teacher.rule.forbid", labels.label(r.forbid(), Map.of(), lang));
            } else {
                String what = labels.label(r.block(), r.fields(), lang);
                text = r.inside() == null ? what : t("teacher.rule.inside", what, labels.label(r.inside(), r.insideFields(), lang));
                if (r.input() != null) {
                    text = t("teacher.rule.input", what, r.input());
                }
            }
            String shown = text;
            Platform.runLater(() -> target.setText(shown));
        });
    }

    private void checkLesson() {
        report.setText(t("teacher.checking"));
        names.submit(() -> {
            String text;
            try {
                Lesson l = LessonLoader.load(draft.toPack());
                List<LessonProblem> problems = new LessonValidator(new HashSet<>(kumiki.codegen.KumikiCompiler.blockTypes()),
                        new LessonChecker(labels), I18n.locale(lang)).validate(l);
                text = problems.isEmpty() ? t("teacher.ready", l.steps().size())
                        : String.join("\n", problems.stream().map(LessonProblem::toString).toList());
            } catch (LessonException | RuntimeException e) {
                text = e instanceof LessonException le ? le.message(I18n.locale(lang)) : String.valueOf(e.getMessage());
            }
            String shown = text;
            Platform.runLater(() -> report.setText(shown));
        });
    }

    private void export() {
        FileChooser chooser = Dialogs.lessonFileChooser(lang);
        chooser.setInitialFileName(draft.id + kumiki.lesson.LessonPack.EXTENSION);
        java.io.File f = chooser.showSaveDialog(stage);
        if (f != null) {
            exportTo(f.toPath());
        }
    }

    /** Writes the pack and says where; a failure leaves any earlier file as it was. */
    public void exportTo(Path file) {
        try {
            draft.export(file);
            report.setText(t("teacher.exported", file));
        } catch (java.io.IOException | RuntimeException e) {
            report.setText(t("teacher.exportFailed", file, e.getMessage()));
        }
    }
}
