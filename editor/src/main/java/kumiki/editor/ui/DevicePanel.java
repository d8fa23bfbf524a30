package kumiki.editor.ui;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.serial.BoardKind;
import kumiki.device.serial.DevicePort;
import kumiki.device.serial.DeviceSession;
import kumiki.editor.DeviceViewModel;
import kumiki.editor.I18n;

/**
 * The board panel under the workspace: choose and connect a port, then watch (Monitor), draw
 * (Plotter) or record examples (Record). Every control is bound to the {@link DeviceViewModel}.
 */
public final class DevicePanel extends BorderPane {
    private static final int MONITOR_MAX_CHARS = 200_000;

    private final DeviceViewModel vm;
    private final ComboBox<String> port = new ComboBox<>();
    private final Button refresh = new Button();
    private final Button connect = new Button();
    private final Button reconnect = new Button();
    private final Label state = new Label();
    private final TextArea monitor = new TextArea();
    private final CheckBox autoscroll = new CheckBox();
    private final TextField sendLine = new TextField();
    private final Button send = new Button();
    private final Button clear = new Button();
    private final ComboBox<Integer> baud = new ComboBox<>();
    private final Label baudCaption = new Label();
    private final TextField cliPath = new TextField();
    private final Button browseCli = new Button();
    private final Label cliFound = new Label();
    private final Label cliCaption = new Label();
    private final Tab settingsTab = new Tab();
    private final PlotterView plotter;
    private final TextField label = new TextField("wave");
    private final Spinner<Double> seconds = new Spinner<>(0.5, 10.0, 2.0, 0.5);
    private final Button record = new Button();
    private final Label countdown = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label counts = new Label();
    private final ComboBox<String> sensor = new ComboBox<>();
    private final Button uploadCollector = new Button();
    private final Label message = new Label();
    private final Tab monitorTab = new Tab();
    private final Tab plotTab = new Tab();
    private final Tab recordTab = new Tab();
    private final Label labelCaption = new Label();
    private final Label secondsCaption = new Label();
    private final Label sensorCaption = new Label();
    private Runnable onRecord = () -> { };
    private Runnable onUploadCollector = () -> { };

    public DevicePanel(DeviceViewModel vm) {
        this.vm = vm;
        this.plotter = new PlotterView(vm.plot());
        getStyleClass().add("kumiki-device-panel");
        port.setEditable(true);
        port.setPrefWidth(320);
        port.setId("device-port");
        port.valueProperty().bindBidirectional(vm.portProperty());
        vm.ports().addListener((javafx.collections.ListChangeListener<DevicePort>) c -> {
            String keep = port.getValue();
            port.getItems().setAll(vm.ports().stream().map(DevicePort::path).toList());
            port.setValue(keep);
        });
        port.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : describe(item));
            }
        });
        refresh.setOnAction(e -> vm.refreshPorts());
        connect.setId("device-connect");
        connect.setOnAction(e -> {
            if (vm.stateProperty().get() == DeviceSession.State.CONNECTED) {
                vm.disconnect();
            } else {
                vm.connect();
            }
        });
        reconnect.setId("device-reconnect");
        reconnect.setOnAction(e -> vm.connect());
        reconnect.visibleProperty().bind(vm.stateProperty().isEqualTo(DeviceSession.State.AVAILABLE_AGAIN));
        reconnect.managedProperty().bind(reconnect.visibleProperty());
        state.getStyleClass().add("kumiki-device-state");
        HBox top = new HBox(8, port, refresh, connect, reconnect, state);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 10, 6, 10));

        monitor.setEditable(false);
        monitor.setId("device-monitor");
        monitor.getStyleClass().add("kumiki-monitor");
        autoscroll.setSelected(true);
        sendLine.setOnAction(e -> sendTyped());
        send.setOnAction(e -> sendTyped());
        clear.setOnAction(e -> monitor.clear());
        HBox.setHgrow(sendLine, Priority.ALWAYS);
        baud.getItems().setAll(DeviceViewModel.BAUD_RATES);
        baud.setValue(vm.baudProperty().get());
        baud.setId("device-baud");
        baud.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.baudProperty().get()) {
                vm.baudProperty().set(b);
                if (vm.stateProperty().get() == DeviceSession.State.CONNECTED) {
                    vm.connect();   // the new speed takes effect at once
                }
            }
        });
        HBox monitorBar = new HBox(8, sendLine, send, baudCaption, baud, autoscroll, clear);
        monitorBar.setAlignment(Pos.CENTER_LEFT);
        monitorBar.setPadding(new Insets(4, 6, 4, 6));
        VBox.setVgrow(monitor, Priority.ALWAYS);
        monitorTab.setContent(new VBox(monitor, monitorBar));
        plotter.setId("device-plotter");
        plotTab.setContent(plotter);

        sensor.getItems().setAll("accel", "light", "mic", "analog:A0");
        sensor.setValue("accel");
        sensor.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : I18n.get(vm.languageProperty().get(), "device.sensor." + s.replace(':', '.'));
            }

            @Override
            public String fromString(String text) {
                return sensor.getValue();
            }
        });
        record.setId("device-record");
        record.getStyleClass().add("kumiki-record");
        record.setOnAction(e -> onRecord.run());
        record.disableProperty().bind(vm.busyProperty());
        uploadCollector.setOnAction(e -> onUploadCollector.run());
        uploadCollector.disableProperty().bind(vm.busyProperty());
        countdown.getStyleClass().add("kumiki-countdown");
        countdown.textProperty().bind(vm.countdownProperty().asString().map(s -> "0".equals(s) ? "" : s));
        progress.progressProperty().bind(vm.progressProperty().map(p -> p.doubleValue() < 0 ? 0 : p));
        progress.setPrefWidth(220);
        seconds.setEditable(true);
        seconds.setPrefWidth(90);
        label.setPrefColumnCount(10);
        HBox recordRow = new HBox(8, labelCaption, label, secondsCaption, seconds, record, countdown, progress);
        recordRow.setAlignment(Pos.CENTER_LEFT);
        HBox collectorRow = new HBox(8, sensorCaption, sensor, uploadCollector);
        collectorRow.setAlignment(Pos.CENTER_LEFT);
        VBox recordBox = new VBox(10, collectorRow, recordRow, counts);
        recordBox.setPadding(new Insets(10));
        recordTab.setContent(recordBox);

        cliPath.textProperty().bindBidirectional(vm.arduinoCliPathProperty());
        cliPath.setPrefColumnCount(36);
        cliPath.setId("device-arduino-cli");
        cliPath.textProperty().addListener((o, a, b) -> showCliFound());
        browseCli.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            java.io.File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                cliPath.setText(f.getAbsolutePath());
            }
        });
        HBox cliRow = new HBox(8, cliCaption, cliPath, browseCli);
        cliRow.setAlignment(Pos.CENTER_LEFT);
        VBox settingsBox = new VBox(10, cliRow, cliFound);
        settingsBox.setPadding(new Insets(10));
        settingsTab.setContent(settingsBox);

        TabPane tabs = new TabPane(monitorTab, plotTab, recordTab, settingsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("device-tabs");
        message.setId("device-message");
        message.getStyleClass().add("kumiki-device-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.setPadding(new Insets(2, 10, 4, 10));
        setTop(top);
        setCenter(tabs);
        setBottom(message);

        vm.stateProperty().addListener((o, a, b) -> relabel(vm.languageProperty().get()));
        vm.languageProperty().addListener((o, a, b) -> relabel(b));
        relabel(vm.languageProperty().get());

        // Lines arrive on the serial thread; show them in batches, once per frame.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                String more = vm.monitor().drain();
                if (!more.isEmpty()) {
                    appendToMonitor(more);
                }
            }
        }.start();
    }

    public PlotterView plotter() {
        return plotter;
    }

    public TabPane tabs() {
        return (TabPane) getCenter();
    }

    public String label() {
        return label.getText().strip();
    }

    public double seconds() {
        return seconds.getValue();
    }

    public CollectorSensor sensor() {
        return CollectorSensor.parse(sensor.getValue());
    }

    public void setCounts(String text) {
        counts.setText(text);
    }

    public void onRecord(Runnable action) {
        this.onRecord = action;
    }

    public void onUploadCollector(Runnable action) {
        this.onUploadCollector = action;
    }

    private String describe(String path) {
        for (DevicePort p : vm.ports()) {
            if (p.path().equals(path) && p.kind() != BoardKind.OTHER) {
                return path + "  —  " + I18n.get(vm.languageProperty().get(),
                        "device.kind." + p.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        return path;
    }

    private void sendTyped() {
        String text = sendLine.getText();
        if (!text.isEmpty()) {
            vm.send(text);
            sendLine.clear();
        }
    }

    private void appendToMonitor(String text) {
        double scroll = monitor.getScrollTop();
        monitor.appendText(text);
        int excess = monitor.getLength() - MONITOR_MAX_CHARS;
        if (excess > 0) {
            int cut = monitor.getText().indexOf('\n', excess);
            monitor.deleteText(0, cut < 0 ? excess : cut + 1);
        }
        if (autoscroll.isSelected()) {
            monitor.setScrollTop(Double.MAX_VALUE);
        } else {
            monitor.setScrollTop(scroll);
        }
    }

    private void showCliFound() {
        String lang = vm.languageProperty().get();
        cliFound.setText(vm.arduinoCli().map(p -> I18n.get(lang, "device.cli.found", p))
                .orElse(I18n.get(lang, "device.cli.missing")));
    }

    private void relabel(String lang) {
        baudCaption.setText(I18n.get(lang, "device.baud"));
        settingsTab.setText(I18n.get(lang, "device.tab.settings"));
        cliCaption.setText(I18n.get(lang, "device.cli"));
        browseCli.setText(I18n.get(lang, "device.cli.browse"));
        showCliFound();
        refresh.setText(I18n.get(lang, "device.refresh"));
        boolean connected = vm.stateProperty().get() == DeviceSession.State.CONNECTED;
        connect.setText(I18n.get(lang, connected ? "device.disconnect" : "device.connect"));
        reconnect.setText(I18n.get(lang, "device.reconnect"));
        state.setText(I18n.get(lang, "device.state." + vm.stateProperty().get().name().toLowerCase(Locale.ROOT)));
        port.setPromptText(I18n.get(lang, "device.port.prompt"));
        autoscroll.setText(I18n.get(lang, "device.autoscroll"));
        send.setText(I18n.get(lang, "device.send"));
        clear.setText(I18n.get(lang, "device.clear"));
        sendLine.setPromptText(I18n.get(lang, "device.send.prompt"));
        monitorTab.setText(I18n.get(lang, "device.tab.monitor"));
        plotTab.setText(I18n.get(lang, "device.tab.plotter"));
        recordTab.setText(I18n.get(lang, "device.tab.record"));
        labelCaption.setText(I18n.get(lang, "device.label"));
        secondsCaption.setText(I18n.get(lang, "device.seconds"));
        sensorCaption.setText(I18n.get(lang, "device.sensor"));
        String chosen = sensor.getValue();
        sensor.setValue(null);
        sensor.setValue(chosen);   // redraw the chosen sensor's name in the new language
        record.setText(I18n.get(lang, "device.record"));
        uploadCollector.setText(I18n.get(lang, "device.uploadCollector"));
    }
}
