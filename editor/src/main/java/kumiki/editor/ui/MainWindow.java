package kumiki.editor.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import kumiki.codegen.BuildAssets;
import kumiki.editor.EditorViewModel;
import kumiki.editor.I18n;
import kumiki.editor.blockly.BlocklyHost;
import kumiki.lesson.BundledLessons;
import kumiki.project.Project;
import kumiki.project.ProjectException;
import kumiki.project.ProjectFile;

/**
 * The editor window: a toolbar of large labelled buttons, the Blockly
 * workspace, and the read-only code panel. It only binds controls to the
 * {@link EditorViewModel} and forwards page events to it.
 */
public final class MainWindow {
    private static final Duration AUTOSAVE_EVERY = Duration.seconds(30);

    private final Stage stage;
    private final EditorViewModel vm;
    private final BlocklyHost blockly;
    private final CodeView codeView = new CodeView();
    private final Label codeTitle = new Label();
    /** The Teach sketch's files beside the .ino, one collapsed entry each, under the code. */
    private final VBox besidePane = new VBox();
    private final VBox codePane = new VBox(codeTitle, codeView, besidePane);
    private final SplitPane split = new SplitPane();
    private final SplitPane vertical = new SplitPane();
    private final kumiki.editor.DeviceViewModel device;
    private final DevicePanel devicePanel;
    private final javafx.scene.control.ProgressBar uploadProgress = new javafx.scene.control.ProgressBar();
    private final kumiki.editor.LessonViewModel lessons;
    private final LessonPanel lessonPanel;
    private final Label status = new Label();
    private final Map<String, ButtonBase> buttons = new LinkedHashMap<>();
    private final ToggleGroup languages = new ToggleGroup();
    private final ToggleButton english = new ToggleButton();
    private final ToggleButton japanese = new ToggleButton();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kumiki-export");
        t.setDaemon(true);
        return t;
    });
    private boolean pageReady;
    private final kumiki.editor.LookSettings look;
    private final BorderPane root = new BorderPane();
    /** The direction of the last Tab, so focus entering the page lands at its near end. */
    private boolean lastTabForward = true;
    private long lastTabAt;

    public MainWindow(Stage stage, EditorViewModel vm) {
        this(stage, vm, kumiki.editor.DeviceViewModel.forThisMachine(Platform::runLater));
    }

    public MainWindow(Stage stage, EditorViewModel vm, kumiki.editor.DeviceViewModel device) {
        this(stage, vm, device, kumiki.editor.LookSettings.standard());
    }

    public MainWindow(Stage stage, EditorViewModel vm, kumiki.editor.DeviceViewModel device, kumiki.editor.LookSettings look) {
        this.stage = stage;
        this.look = look;
        this.vm = vm;
        this.device = device;
        this.devicePanel = new DevicePanel(device);
        this.lessons = new kumiki.editor.LessonViewModel(vm, Platform::runLater);
        this.lessonPanel = new LessonPanel(lessons, () -> vm.languageProperty().get());
        this.blockly = new BlocklyHost(new BlocklyHost.Listener() {
            @Override
            public void ready() {
                pageReady = true;
            }

            @Override
            public void refused(java.util.List<String> unknownTypes) {
                String name = vm.displayName();
                vm.revertShow();
                // Not inside the page's own call: let it return first, then explain.
                Platform.runLater(() -> Dialogs.error(stage, lang(), "dialog.openFailed.title",
                        name + ": " + kumiki.codegen.KumikiCompiler.WORDS.get(I18n.locale(lang()), "problem.unknownBlock",
                                String.join(", ", unknownTypes))));
            }

            @Override
            public void loading(int done, int total) {
                status.setText(I18n.get(lang(), "status.loading", 100 * done / total));
            }

            @Override
            public void tooSlow(int seconds) {
                String name = vm.displayName();
                vm.revertShow();
                updateCounts();
                Platform.runLater(() -> Dialogs.error(stage, lang(), "dialog.openFailed.title",
                        I18n.get(lang(), "dialog.tooSlow", name, seconds)));
            }

            @Override
            public void drawn() {
                status.setText(vm.problemCountProperty().get() == 0 ? I18n.get(lang(), "status.ready")
                        : I18n.get(lang(), "status.problems", vm.problemCountProperty().get()));
            }

            @Override
            public void openTeach() {
                // Not inside the page's own call: let the button's click return first.
                Platform.runLater(MainWindow.this::openTeach);
            }

            @Override
            public void tabOut(boolean forward) {
                Node next = FocusOrder.next(root, blockly.view(), forward);
                if (next != null) {
                    next.requestFocus();
                }
            }

            @Override
            public void changed(BlocklyHost.Changed c) {
                vm.workspaceChanged(c.workspace(), c.code(), c.problems().size(), c.structural(), c.dirty(),
                        c.canUndo(), c.canRedo());
                lessons.workspaceChanged();
            }
        },
            (message, value) -> Dialogs.prompt(stage, lang(), message, value),
            message -> Dialogs.confirm(stage, lang(), message),
            message -> Dialogs.info(stage, lang(), message));

        UiFont.load(); // at once if the app loaded it already; tests that make windows directly load it here
        root.getStyleClass().add("kumiki-root");
        root.setTop(toolbar());
        codePane.getStyleClass().add("kumiki-code-pane");
        codeTitle.getStyleClass().add("kumiki-code-title");
        VBox.setVgrow(codeView, Priority.ALWAYS);
        split.getItems().add(blockly.view());
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.getItems().add(split);
        root.setCenter(vertical);
        uploadProgress.setPrefWidth(180);
        uploadProgress.visibleProperty().bind(device.progressProperty().greaterThanOrEqualTo(0));
        uploadProgress.progressProperty().bind(device.progressProperty());
        Region statusSpacer = new Region();
        HBox.setHgrow(statusSpacer, Priority.ALWAYS);
        status.setId("status");
        Button settings = (Button) buttons.get("settings");
        HBox statusBar = new HBox(8, status, statusSpacer, uploadProgress, settings);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("kumiki-status");
        root.setBottom(statusBar);

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/kumiki/editor/kumiki.css").toExternalForm());
        // Tab into the page lands on its toolbox going forward, on its canvas coming back (BlocklyHost.focusRegion).
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                lastTabForward = !e.isShiftDown();
                lastTabAt = System.nanoTime();
                // Read-only text (the code panel, the model files) would keep Tab; here it moves on.
                Node owner = scene.getFocusOwner();
                if (isReadOnlyText(owner)) {
                    Node next = FocusOrder.next(root, owner, lastTabForward);
                    if (next != null) {
                        next.requestFocus();
                        e.consume();
                    }
                }
            }
        });
        blockly.view().focusedProperty().addListener((o, was, now) -> {
            if (now && System.nanoTime() - lastTabAt < 500_000_000L) {
                blockly.focusRegion(lastTabForward);
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::open);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newProject);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);

        bind();
        relabel();
        applyLook();
        look.highContrastProperty().addListener((o, a, b) -> applyLook());
        look.largeProperty().addListener((o, a, b) -> applyLook());
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            } else {
                vm.closedCleanly();
                device.close();
            }
        });
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> vm.autosaveTick()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        // Warm the headless compiler so that Export is quick the first time.
        background.submit(() -> kumiki.codegen.KumikiCompiler.compile(kumiki.project.Project.create("warm-up", "en")));
    }

    private static boolean isReadOnlyText(Node node) {
        return (node instanceof javafx.scene.control.TextInputControl t && !t.isEditable())
                || (node instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> a && !a.isEditable());
    }

    private String lang() {
        return vm.languageProperty().get();
    }

    /** The look from Settings, on the window's controls (kumiki.css) and on the blocks. */
    private void applyLook() {
        boolean highContrast = look.highContrastProperty().get();
        boolean large = look.largeProperty().get();
        Dialogs.setLook(highContrast, large);
        Dialogs.applyLook(root.getStyleClass());
        blockly.setLook(highContrast, large);
    }

    public kumiki.editor.LookSettings look() {
        return look;
    }

    /** Settings: the look, applied at once as the child ticks a box, and kept for next time. */
    private void settings() {
        SettingsDialog.show(stage, lang(), look);
    }

    public BlocklyHost blockly() {
        return blockly;
    }

    public CodeView codeView() {
        return codeView;
    }

    public boolean isPageReady() {
        return pageReady;
    }

    public ButtonBase button(String id) {
        return buttons.get(id);
    }

    public DevicePanel devicePanel() {
        return devicePanel;
    }

    public kumiki.editor.DeviceViewModel device() {
        return device;
    }

    public ToggleButton languageButton(String language) {
        return "ja".equals(language) ? japanese : english;
    }

    /**
     * The model and feature headers, named and collapsed, while the code uses them: a teacher can open
     * them, a child sees that the sketch is more than the .ino without scrolling through 3,000 numbers.
     */
    private void showBesideIno() {
        boolean used = vm.codeProperty().get().contains("#include \"" + kumiki.codegen.TeachFiles.MODEL_HEADER + "\"");
        List<EditorViewModel.SketchFile> files = used ? vm.besideIno() : List.of();
        if (besidePane.getChildren().size() == files.size() && besidePane.getChildren().stream()
                .map(n -> n.getId()).toList().equals(files.stream().map(EditorViewModel.SketchFile::name).toList())) {
            return;
        }
        besidePane.getChildren().clear();
        for (EditorViewModel.SketchFile f : files) {
            javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(f.text());
            text.setEditable(false);
            text.getStyleClass().add("kumiki-code");
            text.setPrefRowCount(12);
            String what = I18n.get(lang(), f.name().equals(kumiki.codegen.TeachFiles.MODEL_HEADER)
                    ? "code.besideModel" : "code.besideFeatures");
            javafx.scene.control.TitledPane entry = new javafx.scene.control.TitledPane(f.name() + " · " + what, text);
            entry.setId(f.name());
            entry.setExpanded(false);
            entry.getStyleClass().add("kumiki-beside-ino");
            besidePane.getChildren().add(entry);
        }
    }

    /** The entries beside the code panel, by file name (for tests). */
    public List<String> besideInoShown() {
        return besidePane.getChildren().stream().map(n -> n.getId()).toList();
    }

    /** Starts the page on whatever project the view model shows. */
    public void show() {
        blockly.start(lang(), vm.project().workspaceJson(), BuildAssets.of(vm.project()));
        // A project opened before the window existed (a file named at start-up) continues its lesson too.
        lessons.resume(vm.project());
        stage.show();
        // The blocks have the focus at first, not the New button: its ring would look pressed.
        blockly.view().requestFocus();
    }

    private void bind() {
        vm.codeProperty().addListener((o, a, code) -> {
            codeView.setCode(code);
            showBesideIno();
        });
        vm.besideIno().addListener((javafx.collections.ListChangeListener<EditorViewModel.SketchFile>) c -> showBesideIno());
        vm.projectToShowProperty().addListener((o, a, p) -> {
            if (p != null) {
                blockly.load(p.workspaceJson(), BuildAssets.of(p));
                updateCounts();
                lessons.resume(p);
            }
        });
        vm.showCodeProperty().addListener((o, a, show) -> {
            if (show && !split.getItems().contains(codePane)) {
                split.getItems().add(codePane);
                split.setDividerPositions(0.62);
            } else if (!show) {
                split.getItems().remove(codePane);
            }
        });
        device.languageProperty().bind(vm.languageProperty());
        lessons.lessonProperty().addListener((o, a, l) -> showLesson(l != null));
        lessons.stepProperty().addListener((o, a, b) -> {
            blockly.hideHint();
            blockly.setToolbox(lessons.allowedTypes(), stepBlocks());
        });
        lessonPanel.onShowMe(() -> {
            if (lessons.currentStep() != null && lessons.currentStep().blocksJson() != null) {
                blockly.showHint(lessons.currentStep().blocksJson(), "×");
            }
        });
        lessonPanel.onClose(() -> {
            lessons.close();
            vm.updateProject(p -> p.withSetting("lesson", null).withFilesUnder("lesson/", java.util.Map.of()));
        });
        ((ToggleButton) buttons.get("board")).selectedProperty().addListener((o, a, show) -> showDevicePanel(show));
        devicePanel.onRecord(this::recordExample);
        devicePanel.onUploadCollector(this::uploadCollector);
        device.messageProperty().addListener((o, a, m) -> {
            if (m != null && !m.isBlank()) {
                status.setText(m);
            }
        });
        updateCounts();
        vm.languageProperty().addListener((o, a, language) -> {
            // A project opened in the other language changes it too: the chosen button follows.
            languages.selectToggle("ja".equals(language) ? japanese : english);
            blockly.changeLanguage(language);
            relabel();
            updateCounts();
            lessonPanel.refresh();
            lessons.workspaceChanged();
        });
        vm.statusProperty().addListener((o, a, s) -> status.setText(s));
        vm.problemCountProperty().addListener((o, a, n) -> status.setText(n.intValue() == 0
                ? I18n.get(lang(), "status.ready") : I18n.get(lang(), "status.problems", n)));
        buttons.get("undo").disableProperty().bind(vm.canUndoProperty().not());
        buttons.get("redo").disableProperty().bind(vm.canRedoProperty().not());
        ((ToggleButton) buttons.get("showCode")).selectedProperty().bindBidirectional(vm.showCodeProperty());
        languages.selectedToggleProperty().addListener((o, a, now) -> {
            if (now == null) {
                languages.selectToggle(a); // one language is always chosen
            } else {
                vm.languageProperty().set(now == japanese ? "ja" : "en");
            }
        });
        languages.selectToggle("ja".equals(lang()) ? japanese : english);
    }

    private Node toolbar() {
        button("new", Icons.NEW, this::newProject);
        button("open", Icons.OPEN, this::open);
        button("save", Icons.SAVE, this::save);
        button("saveAs", Icons.SAVE_AS, this::saveAs);
        button("undo", Icons.UNDO, blockly::undo);
        button("redo", Icons.REDO, blockly::redo);
        button("zoomFit", Icons.FIT, blockly::zoomToFit);
        button("lessons", Icons.BOOK, this::chooseLesson);
        button("teach", Icons.TEACH, this::openTeach);
        ToggleButton showCode = new ToggleButton();
        decorate(showCode, "showCode", Icons.CODE);
        button("export", Icons.EXPORT, this::exportSketch);
        ToggleButton board = new ToggleButton();
        decorate(board, "board", Icons.BOARD);
        button("upload", Icons.UPLOAD, this::upload);

        english.setToggleGroup(languages);
        japanese.setToggleGroup(languages);
        english.setMinWidth(Region.USE_PREF_SIZE);
        japanese.setMinWidth(Region.USE_PREF_SIZE);
        english.getStyleClass().add("kumiki-language");
        japanese.getStyleClass().add("kumiki-language");
        english.setId("language-en");
        japanese.setId("language-ja");
        // Settings: a plain button at the end of the status bar (the toolbar must fit 1280 px in both languages).
        Button settings = new Button(null, Icons.icon(Icons.SETTINGS));
        settings.getStyleClass().add("kumiki-settings");
        settings.setId("tool-settings");
        settings.setMinWidth(Region.USE_PREF_SIZE);
        settings.setOnAction(e -> settings());
        buttons.put("settings", settings);
        Label globe = new Label(null, Icons.icon(Icons.GLOBE));
        HBox language = new HBox(4, globe, english, japanese);
        language.setAlignment(Pos.CENTER);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4,
                buttons.get("new"), buttons.get("open"), buttons.get("save"), buttons.get("saveAs"), new Separator(javafx.geometry.Orientation.VERTICAL),
                buttons.get("undo"), buttons.get("redo"), buttons.get("zoomFit"), new Separator(javafx.geometry.Orientation.VERTICAL),
                buttons.get("lessons"), buttons.get("teach"), new Separator(javafx.geometry.Orientation.VERTICAL),
                language, spacer, showCode, buttons.get("board"), buttons.get("upload"), buttons.get("export"));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("kumiki-toolbar");
        return bar;
    }

    private void button(String id, String icon, Runnable action) {
        Button b = new Button();
        decorate(b, id, icon);
        b.setOnAction(e -> action.run());
    }

    private void decorate(ButtonBase b, String id, String icon) {
        b.setGraphic(Icons.icon(icon));
        b.setContentDisplay(ContentDisplay.TOP);
        // Long labels (Japanese especially) wrap onto a second line instead of being cut to "…".
        b.setWrapText(true);
        b.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        b.setAlignment(Pos.TOP_CENTER);
        b.textProperty().addListener((o, a, text) -> fitLabel(b, text));
        b.getStyleClass().add("kumiki-tool");
        b.setId("tool-" + id);
        // Every tool is reached by Tab too: the whole window works without a mouse.
        b.setFocusTraversable(true);
        buttons.put(id, b);
    }

    /**
     * As wide as the label needs, between 58 and 92 px: short words stay on one line, long ones wrap
     * at their spaces into two, and the whole toolbar still fits a 1280-pixel screen in both languages.
     */
    private static void fitLabel(ButtonBase b, String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(javafx.scene.text.Font.font(b.getFont().getFamily(), javafx.scene.text.FontWeight.BOLD, 13));
        double width = Math.max(58, Math.min(92, Math.ceil(probe.getLayoutBounds().getWidth()) + 18));
        b.setPrefWidth(width);
        b.setMinWidth(width);
    }

    private void relabel() {
        String lang = lang();
        for (Map.Entry<String, ButtonBase> e : buttons.entrySet()) {
            e.getValue().setText(I18n.get(lang, "toolbar." + e.getKey()));
            e.getValue().setTooltip(new Tooltip(I18n.get(lang, "toolbar." + e.getKey() + ".tip")));
        }
        english.setText(I18n.get(lang, "language.en"));
        japanese.setText(I18n.get(lang, "language.ja"));
        codeTitle.setText(I18n.get(lang, "code.title"));
        status.setText(vm.problemCountProperty().get() == 0 ? I18n.get(lang, "status.ready")
                : I18n.get(lang, "status.problems", vm.problemCountProperty().get()));
    }

    // --- actions ---------------------------------------------------------------

    /** The last session ended without saving: offer its work back. */
    public void offerRecovery(kumiki.editor.RecoveryStore.Recovered recovered) {
        Dialogs.Choice choice = Dialogs.ask(stage, lang(), "dialog.recover.title",
                I18n.get(lang(), "dialog.recover.text", recovered.project().name()),
                "dialog.recover.yes", "dialog.recover.no", false);
        if (choice == Dialogs.Choice.YES) {
            vm.restore(recovered);
        } else {
            vm.discardRecovery();
        }
    }

    /** Asks before changes are lost; false means the child cancelled. */
    private boolean confirmDiscard() {
        if (!vm.dirtyProperty().get()) {
            return true;
        }
        Dialogs.Choice choice = Dialogs.ask(stage, lang(), "dialog.unsaved.title",
                I18n.get(lang(), "dialog.unsaved.text", vm.displayName()),
                "dialog.unsaved.save", "dialog.unsaved.discard", true);
        return switch (choice) {
            case YES -> save();
            case NO -> true;
            case CANCEL -> false;
        };
    }

    private void newProject() {
        if (confirmDiscard()) {
            vm.newProject();
        }
    }

    private void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = fileChooser();
        java.io.File file = chooser.showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }

    /**
     * Opens a file: read and checked on a background thread, so a large or hostile file never holds
     * the window; the canvas keeps the open project until the new one is ready, and keeps it if the
     * file is refused.
     */
    public void open(Path path) {
        stage.getScene().setCursor(javafx.scene.Cursor.WAIT);
        background.submit(() -> {
            try {
                Project opened = ProjectFile.read(path);
                Platform.runLater(() -> {
                    stage.getScene().setCursor(null);
                    vm.showOpened(path, opened);
                });
            } catch (ProjectException e) {
                Platform.runLater(() -> {
                    stage.getScene().setCursor(null);
                    Dialogs.error(stage, lang(), "dialog.openFailed.title", e.message(I18n.locale(lang())));
                });
            }
        });
    }

    private boolean save() {
        if (vm.fileProperty().get() == null) {
            return saveAs();
        }
        return write(vm::save);
    }

    private interface ProjectWrite {
        void run() throws ProjectException;
    }

    /** Saves; on failure explains why (the earlier file is untouched) and reports false. */
    private boolean write(ProjectWrite action) {
        try {
            action.run();
            blockly.markSaved();
            return true;
        } catch (ProjectException e) {
            Dialogs.error(stage, lang(), "dialog.saveFailed.title", e.message(I18n.locale(lang())));
            return false;
        }
    }

    private boolean saveAs() {
        FileChooser chooser = fileChooser();
        chooser.setInitialFileName(vm.displayName() + ProjectFile.EXTENSION);
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return false;
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().endsWith(ProjectFile.EXTENSION)) {
            path = path.resolveSibling(path.getFileName() + ProjectFile.EXTENSION);
        }
        Path target = path;
        return write(() -> vm.saveAs(target));
    }

    private void exportSketch() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.get(lang(), "dialog.export.choose"));
        java.io.File dir = chooser.showDialog(stage);
        if (dir == null) {
            return;
        }
        stage.getScene().setCursor(javafx.scene.Cursor.WAIT);
        Project shown = vm.project();
        java.util.Optional<java.nio.file.Path> cli = device.arduinoCli();
        background.submit(() -> {
            try {
                vm.exportSketch(shown, dir.toPath(), cli.isEmpty() ? lib -> java.util.Optional.empty()
                        : new kumiki.device.upload.InstalledLibraries(cli.get(), java.util.Map.of()).asLibraryFolders());
                Platform.runLater(() -> stage.getScene().setCursor(null));
            } catch (Exception e) {
                Platform.runLater(() -> {
                    stage.getScene().setCursor(null);
                    Dialogs.error(stage, lang(), "dialog.exportFailed.title", String.valueOf(e.getMessage()));
                });
            }
        });
    }

    public kumiki.editor.LessonViewModel lessons() {
        return lessons;
    }

    public LessonPanel lessonPanel() {
        return lessonPanel;
    }

    private void showLesson(boolean show) {
        if (show && !split.getItems().contains(lessonPanel)) {
            split.getItems().add(split.getItems().indexOf(blockly.view()) + 1, lessonPanel);
            split.setDividerPositions(0.68);
        } else if (!show) {
            split.getItems().remove(lessonPanel);
        }
        lessonPanel.refresh();
        blockly.hideHint();
        blockly.setToolbox(show ? lessons.allowedTypes() : null, show ? stepBlocks() : null);
    }

    private String stepBlocks() {
        return lessons.currentStep() == null ? null : lessons.currentStep().blocksJson();
    }

    /** Lessons: the bundled curriculum, or a .kumiki-lesson file from the teacher. */
    private void chooseLesson() {
        if (!confirmDiscard()) {
            return;
        }
        LessonChooser.choose(stage, lang()).ifPresent(choice -> {
            if (choice.teacher()) {
                openTeacherMode();
                return;
            }
            // A lesson file from someone else is opened and parsed on a background thread, never on the FX thread.
            stage.getScene().setCursor(javafx.scene.Cursor.WAIT);
            background.submit(() -> {
                try {
                    kumiki.lesson.Lesson l = choice.bundledId() != null
                            ? kumiki.lesson.BundledLessons.load(choice.bundledId())
                            : kumiki.lesson.LessonLoader.load(kumiki.lesson.LessonPack.open(choice.file()));
                    Platform.runLater(() -> {
                        stage.getScene().setCursor(null);
                        lessons.start(l, l.title(lang()));
                    });
                } catch (kumiki.lesson.LessonException e) {
                    Platform.runLater(() -> {
                        stage.getScene().setCursor(null);
                        Dialogs.error(stage, lang(), "dialog.lessonFailed.title", e.message(I18n.locale(lang())));
                    });
                }
            });
        });
    }

    private kumiki.editor.TeachViewModel teach;
    private kumiki.project.Project teachProject;
    private TeachWizard teachWizard;

    /**
     * The Teach wizard for the shown project: the same one while the project is shown (so Undo can put
     * back the model before the last "Use it"), a new one for another project.
     */
    public TeachWizard openTeach() {
        if (teachWizard != null && teachWizard.stage().isShowing()) {
            teachWizard.stage().toFront();
            return teachWizard;
        }
        if (teach == null || teachProject != vm.projectToShowProperty().get()) {
            teachProject = vm.projectToShowProperty().get();
            // One seed: the same examples train the same model, so a class can compare and a teacher can repeat it.
            kumiki.editor.TeachViewModel made = new kumiki.editor.TeachViewModel(vm, Platform::runLater, TEACH_WORK, 1);
            teach = made;
            teach.onModelChanged(blockly::setBuildAssets);
            teach.onLabelRenamed(blockly::renameLabel);
            // Only the wizard of the project shown now answers button C; one for an earlier project keeps quiet.
            teach.setBoard(new kumiki.editor.DeviceBoard(device, () -> teach == made));
            teach.open();
        }
        kumiki.editor.TeachViewModel shown = teach;
        teachWizard = new TeachWizard(stage, shown, device, () -> blockly.addStacks(shown.starterProgram()));
        teachWizard.show();
        return teachWizard;
    }

    /** Where the wizard reads, generates and trains: never on the FX thread. */
    private static final java.util.concurrent.ExecutorService TEACH_WORK = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kumiki-teach");
        t.setDaemon(true);
        return t;
    });

    /** Teacher mode: a lesson editor beside this window; it takes blocks from this window's workspace. */
    public TeacherWindow openTeacherMode() {
        kumiki.lesson.LessonDraft draft = lessons.lessonProperty().get() != null
                ? kumiki.lesson.LessonDraft.of(lessons.lessonProperty().get()) : new kumiki.lesson.LessonDraft();
        TeacherWindow teacher = new TeacherWindow(stage, draft, () -> vm.project().workspaceJson(), lang(), lesson -> {
            if (confirmDiscard()) {
                lessons.start(lesson, lesson.title(lang()));
            }
        });
        teacher.show();
        return teacher;
    }

    private void showDevicePanel(boolean show) {
        if (show && !vertical.getItems().contains(devicePanel)) {
            vertical.getItems().add(devicePanel);
            vertical.setDividerPositions(0.6);
            device.refreshPorts();
        } else if (!show) {
            vertical.getItems().remove(devicePanel);
        }
    }

    private void updateCounts() {
        java.util.Map<String, Integer> counts = vm.sampleCounts();
        devicePanel.setCounts(counts.isEmpty() ? I18n.get(lang(), "device.counts.none")
                : I18n.get(lang(), "device.counts", counts.entrySet().stream()
                        .map(e -> e.getKey() + " × " + e.getValue()).collect(java.util.stream.Collectors.joining(", "))));
    }

    /** Each example joins the project at once (and its recovery copy), on this thread. */
    private void recordExample() {
        kumiki.device.capture.SampleSink intoProject = (label, extension, content) -> {
            java.util.concurrent.FutureTask<String> add = new java.util.concurrent.FutureTask<>(
                    () -> vm.addSample(label, extension, content));
            Platform.runLater(add);
            try {
                return Path.of(add.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.IOException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new java.io.IOException(e.getCause());
            }
        };
        device.record(devicePanel.label(), devicePanel.seconds(), intoProject).thenAccept(r -> updateCounts());
    }

    private java.util.Optional<Path> arduinoCliOrExplain() {
        java.util.Optional<Path> cli = device.arduinoCli();
        if (cli.isEmpty()) {
            String text = new kumiki.device.upload.UploadProblem(kumiki.device.upload.UploadProblem.Kind.NO_ARDUINO_CLI,
                    "", 0, null).message(I18n.locale(lang()));
            if (Dialogs.ask(stage, lang(), "dialog.noArduinoCli.title", text, "dialog.noArduinoCli.export",
                    "dialog.noArduinoCli.close", false) == Dialogs.Choice.YES) {
                exportSketch();
            }
            return java.util.Optional.empty();
        }
        if (device.portProperty().get() == null || device.portProperty().get().isBlank()) {
            ((ToggleButton) buttons.get("board")).setSelected(true);
            Dialogs.info(stage, lang(), I18n.get(lang(), "dialog.upload.noPort"));
            return java.util.Optional.empty();
        }
        return cli;
    }

    private void upload() {
        arduinoCliOrExplain().ifPresent(cli -> device.upload(vm.project(), cli, status::setText).thenAccept(r -> {
            if (!r.ok()) {
                if (r.problem().blockId() != null) {
                    blockly.showBlock(r.problem().blockId());
                }
                Dialogs.error(stage, lang(), "dialog.upload.failed", r.problem().message(I18n.locale(lang())));
            }
        }));
    }

    private void uploadCollector() {
        uploadCollector(devicePanel.sensor());
    }

    private void uploadCollector(kumiki.device.collector.CollectorSensor sensor) {
        arduinoCliOrExplain().ifPresent(cli -> device.uploadCollector(sensor, cli, status::setText).thenAccept(r -> {
            if (!r.ok()) {
                Dialogs.error(stage, lang(), "dialog.upload.failed", r.problem().message(I18n.locale(lang())));
            }
        }));
    }

    private FileChooser fileChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get(lang(), "file.filter"), "*" + ProjectFile.EXTENSION));
        if (vm.fileProperty().get() != null && vm.fileProperty().get().getParent() != null) {
            chooser.setInitialDirectory(vm.fileProperty().get().getParent().toFile());
        }
        return chooser;
    }
}
