package kumiki.editor.ui;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import kumiki.editor.I18n;
import kumiki.editor.TeachKind;
import kumiki.editor.TeachViewModel;
import kumiki.editor.TeachViewModel.Example;
import kumiki.editor.TeachViewModel.Step;
import kumiki.ml.ModelTraining;
import kumiki.ml.features.Pipelines;
import kumiki.ml.model.Evaluation;
import kumiki.ml.quant.ModelReport;
import kumiki.ml.train.EpochProgress;

/**
 * The Teach wizard: one window that walks a child from "what should it recognise?" to a program that
 * reacts to it, a step at a time, with a step bar at the top and Back and Next at the bottom. It only
 * shows what {@link TeachViewModel} holds and calls its actions; closing it stops any training.
 */
public final class TeachWizard {
    private final TeachViewModel vm;
    private final Stage stage = new Stage();
    private final HBox stepBar = new HBox(6);
    private final StackPane body = new StackPane();
    private final Label message = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Runnable done;
    /** The Board panel's connection: its countdown and progress show here while recording. */
    private final kumiki.editor.DeviceViewModel device;

    /**
     * @param done what "Use it" does after the model is in the project (the window adds the starter
     *             program and shows the blocks); the wizard then closes
     */
    public TeachWizard(Window owner, TeachViewModel vm, kumiki.editor.DeviceViewModel device, Runnable done) {
        this.vm = vm;
        this.device = device;
        this.done = done;
        stage.initOwner(owner);
        stage.setTitle(t("teach.title"));
        BorderPane root = new BorderPane();
        root.getStyleClass().addAll("kumiki-root", "kumiki-teach");
        stepBar.setPadding(new Insets(10, 14, 10, 14));
        stepBar.getStyleClass().add("kumiki-teach-steps");
        root.setTop(stepBar);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        body.setPadding(new Insets(16, 24, 16, 24));
        body.setAlignment(Pos.TOP_LEFT);
        root.setCenter(scroll);
        message.setId("teach-message");
        message.setWrapText(true);
        message.getStyleClass().add("kumiki-teach-message");
        message.textProperty().bind(vm.messageProperty());
        back.setId("teach-back");
        back.setText(t("teach.back"));
        back.setOnAction(e -> vm.back());
        next.setId("teach-next");
        next.setOnAction(e -> {
            if (vm.stepProperty().get() == Step.USE) {
                stage.close();
            } else {
                vm.next();
            }
        });
        next.setDefaultButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(10, message, spacer, back, next);
        HBox.setHgrow(message, Priority.SOMETIMES);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.setPadding(new Insets(10, 14, 12, 14));
        nav.getStyleClass().add("kumiki-teach-nav");
        root.setBottom(nav);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(TeachWizard.class.getResource("/kumiki/editor/kumiki.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.stop());
        vm.stepProperty().addListener((o, a, s) -> showStep());
        vm.resultProperty().addListener((o, a, r) -> {
            // A finished training goes straight on to what it learnt.
            if (r != null && vm.stepProperty().get() == Step.TRAIN) {
                vm.next();
            }
        });
        showStep();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public TeachViewModel viewModel() {
        return vm;
    }

    public Stage stage() {
        return stage;
    }

    private String t(String key, Object... args) {
        return I18n.get(vm.language(), key, args);
    }

    /**
     * Listeners the shown step put on the view model, taken off before the next step is built: the
     * view model outlives every step, and a step visited twice must not keep updating its old nodes.
     */
    private final List<Runnable> leaving = new java.util.ArrayList<>();

    private <T> void whileShown(javafx.beans.value.ObservableValue<T> value, javafx.beans.value.ChangeListener<? super T> l) {
        value.addListener(l);
        leaving.add(() -> value.removeListener(l));
    }

    private <T> void whileShown(javafx.collections.ObservableList<T> list, ListChangeListener<? super T> l) {
        list.addListener(l);
        leaving.add(() -> list.removeListener(l));
    }

    /** Shown as {@code words} says, never typed in (the boxes are not editable). */
    private <T> javafx.util.StringConverter<T> shownAs(java.util.function.Function<T, String> words) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private void showStep() {
        leaving.forEach(Runnable::run);
        leaving.clear();
        Step current = vm.stepProperty().get();
        stepBar.getChildren().clear();
        for (Step s : Step.values()) {
            Label l = new Label((s.ordinal() + 1) + "  " + t("teach.step." + s.name().toLowerCase(Locale.ROOT)));
            l.getStyleClass().add("kumiki-teach-step");
            if (s == current) {
                l.getStyleClass().add("kumiki-teach-step-current");
            } else if (s.ordinal() < current.ordinal()) {
                l.getStyleClass().add("kumiki-teach-step-done");
            }
            l.setMinWidth(Region.USE_PREF_SIZE);
            stepBar.getChildren().add(l);
        }
        back.setDisable(current == Step.KIND);
        next.setText(current == Step.USE ? t("teach.close") : t("teach.next"));
        Node content = switch (current) {
            case KIND -> kindStep();
            case LABELS -> labelsStep();
            case EXAMPLES -> examplesStep();
            case TRAIN -> trainStep();
            case RESULTS -> resultsStep();
            case TRY -> tryStep();
            case USE -> useStep();
        };
        body.getChildren().setAll(content);
    }

    private Label heading(String key, Object... args) {
        Label l = new Label(t(key, args));
        l.getStyleClass().add("kumiki-teach-heading");
        l.setWrapText(true);
        return l;
    }

    private Label words(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        // A tall step is squeezed to fit the window; a sentence keeps all its lines and the step scrolls.
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("kumiki-teach-words");
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    // --- 1 what -------------------------------------------------------------------------------------

    private Node kindStep() {
        ToggleGroup group = new ToggleGroup();
        GridPane cards = new GridPane();
        cards.setHgap(16);
        cards.setVgap(16);
        int i = 0;
        for (TeachKind k : TeachKind.values()) {
            Label title = new Label(t("teach.kind." + k.key() + ".title"));
            title.getStyleClass().add("kumiki-teach-card-title");
            Label what = words(t("teach.kind." + k.key() + ".what"));
            Label length = words(t("teach.kind.length", k.seconds()));
            length.getStyleClass().add("kumiki-teach-card-length");
            VBox text = new VBox(8, kindPicture(k), title, what, length);
            text.setMaxWidth(460);
            ToggleButton card = new ToggleButton(null, text);
            card.setId("teach-kind-" + k.key());
            card.getStyleClass().add("kumiki-teach-card");
            card.setToggleGroup(group);
            card.setPrefSize(520, 210);
            card.setAlignment(Pos.TOP_LEFT);
            card.setSelected(vm.kindProperty().get() == k);
            card.setOnAction(e -> vm.kindProperty().set(card.isSelected() ? k : null));
            cards.add(card, i % 2, i / 2);
            i++;
        }
        return new VBox(16, heading("teach.kind.heading"), cards);
    }

    /** A simple line picture per kind: a board with arrows, a sound wave, a hand over a light, a sensor on a cable. */
    private static Node kindPicture(TeachKind k) {
        String path = switch (k) {
            case MOTION -> "M8 8h14v10H8z M2 13h4 M24 13h4 M3 10l-2 3 2 3 M27 10l2 3-2 3";
            case SOUND -> "M2 13h3l2-6 3 12 3-16 3 18 3-12 2 4h7";
            case LIGHT -> "M15 20a4 4 0 1 0 0.01 0z M15 13v-3 M10 15l-2-2 M20 15l2-2 M6 2c4 0 6 3 9 3s5-3 9-3 M8 5v3 M22 5v3";
            case ANALOG -> "M4 18h8v6H4z M8 18c0-6 4-6 8-6s4-8 8-8 M20 2c2 2 2 4 0 6 M24 2c2 2 2 4 0 6";
        };
        javafx.scene.shape.SVGPath svg = new javafx.scene.shape.SVGPath();
        svg.setContent(path);
        svg.setFill(null);
        svg.setStroke(Color.web("#5b67ca"));
        svg.setStrokeWidth(2);
        svg.setScaleX(1.6);
        svg.setScaleY(1.6);
        StackPane box = new StackPane(svg);
        box.setPrefSize(60, 50);
        box.setMaxSize(60, 50);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    // --- 2 names ------------------------------------------------------------------------------------

    private Node labelsStep() {
        FlowPane chips = new FlowPane(10, 10);
        FlowPane suggestions = new FlowPane(8, 8);
        Runnable refresh = () -> {
            chips.getChildren().clear();
            for (String l : vm.labels()) {
                chips.getChildren().add(chip(l));
            }
            suggestions.getChildren().clear();
            TeachKind k = vm.kindProperty().get();
            if (k != null) {
                List<String> offered = new java.util.ArrayList<>(k.suggestions());
                offered.add(k.background());
                for (String s : offered) {
                    if (!vm.labels().contains(s)) {
                        Button add = new Button("+ " + s);
                        add.setId("teach-suggest-" + s);
                        add.setOnAction(e -> vm.addLabel(s));
                        suggestions.getChildren().add(add);
                    }
                }
            }
        };
        refresh.run();
        whileShown(vm.labels(), (ListChangeListener<String>) c -> refresh.run());
        TextField name = new TextField();
        name.setId("teach-label-name");
        name.setPromptText(t("teach.labels.prompt"));
        name.setPrefColumnCount(18);
        Button add = button("teach-label-add", "teach.labels.add", () -> {
            if (vm.addLabel(name.getText())) {
                name.clear();
            }
        });
        name.setOnAction(e -> add.fire());
        TeachKind k = vm.kindProperty().get();
        Label why = words(t("teach.labels.background", k == null ? "idle" : k.background()));
        return new VBox(14, heading("teach.labels.heading"), chips, new HBox(8, name, add),
                words(t("teach.labels.suggestions")), suggestions, why, words(t("teach.labels.rules")));
    }

    private Node chip(String label) {
        Label text = new Label(label);
        text.getStyleClass().add("kumiki-teach-chip-text");
        Button rename = new Button("✎");
        rename.setId("teach-rename-" + label);
        rename.setOnAction(e -> {
            String to = Dialogs.prompt(stage, vm.language(), t("teach.labels.rename", label), label);
            if (to != null) {
                vm.renameLabel(label, to);
            }
        });
        Button remove = new Button("×");
        remove.setId("teach-remove-" + label);
        remove.setOnAction(e -> vm.removeLabel(label));
        HBox chip = new HBox(6, text, rename, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("kumiki-teach-chip");
        chip.setId("teach-chip-" + label);
        return chip;
    }

    // --- 3 examples ---------------------------------------------------------------------------------

    private Node examplesStep() {
        VBox perLabel = new VBox(12);
        Runnable refresh = () -> {
            perLabel.getChildren().clear();
            for (String l : vm.labels()) {
                perLabel.getChildren().add(labelRow(l));
            }
        };
        refresh.run();
        ListChangeListener<Example> listener = c -> refresh.run();
        whileShown(vm.examples(), listener);
        Button sampleSet = button("teach-sample-set", "teach.examples.sampleSet", vm::useSampleSet);
        sampleSet.setDisable(vm.kindProperty().get() == null || !vm.kindProperty().get().hasSampleSet());
        Button importFiles = button("teach-import", "teach.examples.import", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t("teach.examples.import"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t("teach.examples.files"), "*.csv", "*.wav"));
            List<File> files = chooser.showOpenMultipleDialog(stage);
            if (files != null) {
                vm.importFiles(files.stream().map(File::toPath).toList());
            }
        });
        Button importFolder = button("teach-import-folder", "teach.examples.importFolder", () -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(t("teach.examples.importFolder"));
            File folder = chooser.showDialog(stage);
            if (folder != null) {
                vm.importFiles(List.of(folder.toPath()));
            }
        });
        Button undo = button("teach-undo-delete", "teach.examples.undoDelete", vm::undoDelete);
        undo.disableProperty().bind(vm.canUndoDeleteProperty().not());
        ProgressBar busy = new ProgressBar();
        busy.visibleProperty().bind(vm.busyProperty());
        HBox actions = new HBox(10, sampleSet, importFiles, importFolder, undo, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(14, heading("teach.examples.heading"), words(t("teach.examples.board")), recordRow(), actions, perLabel);
    }

    /** From the board: which label, the big Record button, five in a row, and the countdown. */
    private Node recordRow() {
        ComboBox<String> label = new ComboBox<>(vm.labels());
        label.setId("teach-record-label");
        if (vm.recordLabelProperty().get() == null && !vm.labels().isEmpty()) {
            vm.recordLabelProperty().set(vm.labels().get(0));
        }
        label.valueProperty().bindBidirectional(vm.recordLabelProperty());
        CheckBox five = new CheckBox(t("teach.record.five"));
        five.setId("teach-record-five");
        five.selectedProperty().bindBidirectional(vm.recordFiveProperty());
        Button record = button("teach-record", "teach.record.button", () -> {
            if (label.getValue() != null) {
                vm.recordFromBoard(label.getValue(), five.isSelected() ? 5 : 1);
            }
        });
        record.getStyleClass().add("kumiki-teach-big");
        record.disableProperty().bind(vm.recordingProperty());
        Label countdown = new Label();
        countdown.getStyleClass().add("kumiki-teach-card-title");
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(240);
        if (device != null) {
            countdown.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> device.countdownProperty().get() > 0 ? String.valueOf(device.countdownProperty().get()) : "",
                    device.countdownProperty()));
            progress.progressProperty().bind(device.progressProperty());
            progress.visibleProperty().bind(device.progressProperty().greaterThanOrEqualTo(0));
        } else {
            progress.setVisible(false);
        }
        Button collector = button("teach-collector", "teach.record.collector", vm::putCollector);
        collector.disableProperty().bind(vm.puttingCollectorProperty().or(vm.recordingProperty()));
        HBox row = new HBox(10, new Label(t("teach.record.label")), label, record, five, countdown, progress, collector);
        row.setAlignment(Pos.CENTER_LEFT);
        // The live plot: what the board sends while it records, growing left to right over the example.
        SamplePlot live = new SamplePlot(900, 90);
        live.setId("teach-live-plot");
        Runnable draw = () -> live.show(vm.liveTraceProperty().get(), vm.liveLengthProperty().get());
        draw.run();
        whileShown(vm.liveTraceProperty(), (o, a, v) -> draw.run());
        Label liveWords = words(t("teach.record.live"));
        VBox liveBox = new VBox(4, liveWords, live);
        liveBox.visibleProperty().bind(vm.recordingProperty());
        liveBox.managedProperty().bind(vm.recordingProperty());
        return new VBox(8, row, liveBox);
    }

    private Node labelRow(String label) {
        Label head = new Label(label + " · " + vm.count(label));
        head.getStyleClass().add("kumiki-teach-card-title");
        Label goal = words(vm.goal(label));
        goal.setId("teach-goal-" + label);
        FlowPane thumbs = new FlowPane(6, 6);
        List<Example> mine = vm.examples().stream().filter(e -> e.label().equals(label)).toList();
        java.util.Set<String> flagged = new java.util.HashSet<>();
        ModelTraining.Result r = vm.resultProperty().get();
        if (r != null) {
            r.unlike().forEach(u -> flagged.add(u.file()));
        }
        for (Example e : mine.stream().limit(60).toList()) {
            SamplePlot plot = new SamplePlot(e.sample(), 96, 44);
            Button delete = new Button("×");
            delete.setId("teach-delete-" + e.file());
            delete.getStyleClass().add("kumiki-teach-delete");
            delete.setOnAction(x -> vm.deleteExample(e));
            StackPane thumb = new StackPane(plot, delete);
            StackPane.setAlignment(delete, Pos.TOP_RIGHT);
            if (vm.audible(e)) {
                Button play = new Button("▶");
                play.setId("teach-play-" + e.file());
                play.getStyleClass().add("kumiki-teach-delete");
                play.setOnAction(x -> vm.play(e));
                thumb.getChildren().add(play);
                StackPane.setAlignment(play, Pos.TOP_LEFT);
            }
            // Right-click: move the example to another label.
            javafx.scene.control.ContextMenu move = new javafx.scene.control.ContextMenu();
            for (String other : vm.labels()) {
                if (!other.equals(label)) {
                    javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(t("teach.examples.moveTo", other));
                    item.setOnAction(x -> vm.relabel(e, other));
                    move.getItems().add(item);
                }
            }
            thumb.setOnContextMenuRequested(x -> move.show(thumb, x.getScreenX(), x.getScreenY()));
            thumb.getStyleClass().add("kumiki-teach-thumb");
            if (flagged.contains(e.file())) {
                thumb.getStyleClass().add("kumiki-teach-thumb-unlike");
                javafx.scene.control.Tooltip.install(thumb, new javafx.scene.control.Tooltip(t("teach.examples.unlike")));
            }
            thumbs.getChildren().add(thumb);
        }
        return new VBox(4, new HBox(12, head, goal), thumbs);
    }

    // --- 4 train ------------------------------------------------------------------------------------

    private Node trainStep() {
        ToggleGroup presets = new ToggleGroup();
        HBox presetRow = new HBox(14);
        for (TeachViewModel.Preset p : TeachViewModel.Preset.values()) {
            RadioButton r = new RadioButton(t("teach.train.preset." + p.name().toLowerCase(Locale.ROOT)));
            r.setId("teach-preset-" + p.name().toLowerCase(Locale.ROOT));
            r.setToggleGroup(presets);
            r.setSelected(vm.presetProperty().get() == p);
            r.setOnAction(e -> vm.presetProperty().set(p));
            presetRow.getChildren().add(r);
        }
        ComboBox<String> pipeline = new ComboBox<>();
        pipeline.getItems().add(Pipelines.AUTO);
        pipeline.getItems().addAll(Pipelines.NAMES);
        pipeline.valueProperty().bindBidirectional(vm.pipelineProperty());
        // The pipelines keep their names (they are in model.json and the sketch); "auto" is a word.
        pipeline.setConverter(shownAs(name -> Pipelines.AUTO.equals(name) ? t("teach.train.auto") : name));
        Spinner<Integer> epochs = new Spinner<>(5, 400, vm.epochsProperty().get(), 5);
        epochs.setEditable(true);
        epochs.valueProperty().addListener((o, a, v) -> vm.epochsProperty().set(v));
        whileShown(vm.epochsProperty(), (o, a, v) -> epochs.getValueFactory().setValue(v.intValue()));
        CheckBox augment = new CheckBox(t("teach.train.augment"));
        augment.selectedProperty().bindBidirectional(vm.augmentProperty());
        GridPane expert = new GridPane();
        expert.setHgap(10);
        expert.setVgap(8);
        expert.addRow(0, new Label(t("teach.train.pipeline")), pipeline);
        expert.addRow(1, new Label(t("teach.train.epochs")), epochs);
        ComboBox<Double> rate = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                TeachViewModel.LEARNING_RATES));
        rate.setId("teach-learning-rate");
        rate.setValue(vm.learningRateProperty().get());
        rate.valueProperty().addListener((o, a, v) -> vm.learningRateProperty().set(v));
        ComboBox<Integer> window = msChoice("teach-window");
        ComboBox<Integer> stride = msChoice("teach-stride");
        Runnable windows = () -> {
            window.getItems().setAll(vm.windowChoices());
            window.setValue(vm.windowMsProperty().get());
        };
        Runnable strides = () -> {
            stride.getItems().setAll(vm.strideChoices());
            stride.setValue(vm.strideMsProperty().get());
        };
        windows.run();
        strides.run();
        window.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.windowMsProperty().set(v);
            }
        });
        stride.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.strideMsProperty().set(v);
            }
        });
        whileShown(vm.windowMsProperty(), (o, a, v) -> {
            windows.run();
            strides.run();
        });
        whileShown(vm.strideMsProperty(), (o, a, v) -> strides.run());
        expert.addRow(2, new Label(t("teach.train.learningRate")), rate);
        expert.addRow(3, new Label(t("teach.train.window")), window);
        expert.addRow(4, new Label(t("teach.train.stride")), stride);
        expert.addRow(5, augment);
        TitledPane drawer = new TitledPane(t("teach.train.expert"), expert);
        drawer.setExpanded(false);
        drawer.setAnimated(false);
        drawer.setId("teach-expert");

        Button train = button("teach-train", "teach.train.start", vm::train);
        train.getStyleClass().add("kumiki-teach-big");
        train.disableProperty().bind(vm.trainingProperty());
        Button stop = button("teach-stop", "teach.train.stop", vm::stop);
        stop.disableProperty().bind(vm.trainingProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(520);
        bar.setId("teach-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0));
        Label step = new Label();
        step.textProperty().bind(vm.progressTextProperty());

        NumberAxis x = new NumberAxis();
        x.setLabel(t("teach.train.epoch"));
        NumberAxis y = new NumberAxis(0, 1.6, 0.2);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("teach-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        XYChart.Series<Number, Number> accuracy = new XYChart.Series<>();
        accuracy.setName(t("teach.train.accuracy"));
        XYChart.Series<Number, Number> loss = new XYChart.Series<>();
        loss.setName(t("teach.train.loss"));
        chart.getData().add(accuracy);
        chart.getData().add(loss);
        Runnable plot = () -> {
            accuracy.getData().clear();
            loss.getData().clear();
            for (EpochProgress e : vm.epochLog()) {
                accuracy.getData().add(new XYChart.Data<>(e.epoch(), e.validationAccuracy()));
                loss.getData().add(new XYChart.Data<>(e.epoch(), Math.min(1.6, e.loss())));
            }
        };
        plot.run();
        whileShown(vm.epochLog(), (ListChangeListener<EpochProgress>) c -> plot.run());
        HBox buttons = new HBox(12, train, stop, bar);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(14, heading("teach.train.heading"), words(t("teach.train.presets")), presetRow, drawer,
                buttons, step, chart);
    }

    /** A choice of milliseconds, shown as "250 ms" / 「250 ミリびょう」. */
    private ComboBox<Integer> msChoice(String id) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(shownAs(ms -> t("teach.train.ms", ms)));
        return box;
    }

    // --- 5 results ----------------------------------------------------------------------------------

    private Node resultsStep() {
        ModelTraining.Result r = vm.resultProperty().get();
        if (r == null) {
            return heading("teach.next.train");
        }
        Label big = new Label(vm.accuracyWords());
        big.setId("teach-accuracy");
        big.getStyleClass().add("kumiki-teach-heading");
        big.setWrapText(true);
        Label numbers = words(vm.accuracyNumbers());
        VBox left = new VBox(12, big, numbers);
        if (r.int8Metrics() != null) {
            left.getChildren().addAll(words(t("teach.result.matrix")), confusion(r.int8Metrics()));
        }
        VBox mistakes = new VBox(6, words(vm.mistakes().isEmpty() ? t("teach.result.noMistakes") : t("teach.result.mistakes")));
        StackPane seen = new StackPane();
        for (TeachViewModel.Mistake m : vm.mistakes().stream().limit(12).toList()) {
            Button b = new Button(t("teach.result.mistake", m.example().file(), m.example().label(), m.said()));
            b.setId("teach-mistake-" + m.example().file());
            b.setOnAction(e -> {
                VBox shown = new VBox(4, new SamplePlot(m.example().sample(), 360, 120),
                        words(t("teach.result.mistakeShown", m.example().label(), m.said())));
                // A sound is heard at once, and again with its button: seeing a waveform says little to a child.
                if (vm.audible(m.example())) {
                    Button listen = button("teach-mistake-listen", "teach.result.listen", () -> vm.play(m.example()));
                    shown.getChildren().add(listen);
                    vm.play(m.example());
                }
                seen.getChildren().setAll(shown);
            });
            mistakes.getChildren().add(b);
        }
        mistakes.getChildren().add(seen);
        left.getChildren().add(mistakes);

        ModelReport m = r.report();
        VBox right = new VBox(10, words(vm.memoryWords()),
                meter(t("teach.result.ram"), TeachViewModel.ramBytes(m), ModelReport.RAM_BYTES),
                meter(t("teach.result.flash"), m.flashBytes(), ModelReport.FLASH_BYTES),
                words(t("teach.result.adviceHeading")));
        Label advice = words(vm.advice());
        advice.setId("teach-advice");
        right.getChildren().add(advice);
        right.setPrefWidth(460);
        HBox both = new HBox(30, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        return new VBox(14, heading("teach.result.heading"), both);
    }

    private Node meter(String name, long used, long of) {
        ProgressBar bar = new ProgressBar(Math.max(0.02, (double) used / of));
        bar.setPrefWidth(300);
        Label l = new Label(name + "  " + String.format(Locale.ROOT, "%,d / %,d KB", (used + 1023) / 1024, of / 1024));
        return new VBox(2, l, bar);
    }

    /** The confusion matrix as a coloured picture: the truth down, what the model said across. */
    private Node confusion(Evaluation e) {
        GridPane g = new GridPane();
        g.setId("teach-confusion");
        g.setHgap(2);
        g.setVgap(2);
        List<String> l = e.labels();
        g.add(new Label(t("teach.result.truth")), 0, 0);
        for (int j = 0; j < l.size(); j++) {
            Label h = new Label(l.get(j));
            h.setMinWidth(64);
            h.setAlignment(Pos.CENTER);
            g.add(h, j + 1, 0);
        }
        int[][] c = e.confusion();
        for (int i = 0; i < l.size(); i++) {
            g.add(new Label(l.get(i)), 0, i + 1);
            int row = 0;
            for (int v : c[i]) {
                row += v;
            }
            for (int j = 0; j < l.size(); j++) {
                double share = row == 0 ? 0 : (double) c[i][j] / row;
                Label cell = new Label(String.valueOf(c[i][j]));
                cell.setMinSize(64, 34);
                cell.setAlignment(Pos.CENTER);
                Color base = i == j ? Color.web("#2e9e5b") : Color.web("#d64541");
                Color fill = Color.WHITE.interpolate(base, c[i][j] == 0 ? 0.05 : 0.25 + 0.75 * share);
                cell.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(fill, null, null)));
                cell.setTextFill(share > 0.55 ? Color.WHITE : Color.BLACK);
                g.add(cell, j + 1, i + 1);
            }
        }
        return g;
    }

    // --- 6 try --------------------------------------------------------------------------------------

    private Node tryStep() {
        ModelTraining.Result r = vm.resultProperty().get();
        if (r == null) {
            return heading("teach.next.train");
        }
        Label recognised = new Label();
        recognised.setId("teach-recognised");
        recognised.getStyleClass().add("kumiki-teach-recognised");
        recognised.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.recognisedProperty().get().isEmpty() ? t("teach.try.nothing") : vm.recognisedProperty().get(),
                vm.recognisedProperty()));
        GridPane bars = new GridPane();
        bars.setHgap(12);
        bars.setVgap(6);
        List<String> labels = r.model().labels();
        ProgressBar[] certainty = new ProgressBar[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            certainty[i] = new ProgressBar(0);
            certainty[i].setPrefWidth(360);
            certainty[i].setId("teach-certainty-" + l);
            Slider needed = new Slider(0.05, 1.0, vm.neededFor(l).get());
            needed.setId("teach-needed-" + l);
            needed.setPrefWidth(360);
            needed.valueProperty().bindBidirectional(vm.neededFor(l));
            Label pct = new Label();
            pct.textProperty().bind(vm.neededFor(l).multiply(100).asString(t("teach.try.needed")));
            bars.addRow(i * 2, new Label(l), certainty[i]);
            bars.addRow(i * 2 + 1, new Label(), new VBox(0, needed, pct));
        }
        whileShown(vm.certaintiesProperty(), (o, a, c) -> {
            for (int i = 0; i < certainty.length && c != null && i < c.length; i++) {
                certainty[i].setProgress(c[i]);
            }
        });
        FlowPane examples = new FlowPane(6, 6);
        for (Example e : vm.toTry().stream().limit(32).toList()) {
            Button b = new Button(e.label(), new SamplePlot(e.sample(), 60, 26));
            b.setId("teach-try-" + e.file());
            b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            b.setOnAction(x -> vm.tryExample(e));
            examples.getChildren().add(b);
        }
        VBox left = new VBox(12, words(t("teach.try.pick")), examples);
        left.setPrefWidth(560);
        Button live = button("teach-try-live", "teach.try.liveButton", () -> vm.tryLive(30));
        Button play = button("teach-try-play", "teach.try.playButton", vm::playStream);
        Button stop = button("teach-try-stop", "teach.try.stop", vm::stopTrying);
        live.disableProperty().bind(vm.tryingProperty());
        play.disableProperty().bind(vm.tryingProperty());
        stop.disableProperty().bind(vm.tryingProperty().not());
        Label what = new Label();
        what.textProperty().bind(vm.tryingWhatProperty());
        HBox streams = new HBox(10, live, play, stop, what);
        streams.setAlignment(Pos.CENTER_LEFT);
        left.getChildren().add(0, streams);
        VBox right = new VBox(12, recognised, bars, words(t("teach.try.marker")));
        return new VBox(14, heading("teach.try.heading"), new HBox(30, left, right));
    }

    // --- 7 use --------------------------------------------------------------------------------------

    private Node useStep() {
        Button use = button("teach-use", "teach.use.button", () -> {
            vm.useModel();
            done.run();
            stage.close();
        });
        use.getStyleClass().add("kumiki-teach-big");
        Button undo = button("teach-use-undo", "teach.use.undo", vm::undoUse);
        undo.disableProperty().bind(vm.canUndoUseProperty().not());
        return new VBox(16, heading("teach.use.heading"), words(t("teach.use.what")), use, undo,
                words(t("teach.use.after")));
    }
}
