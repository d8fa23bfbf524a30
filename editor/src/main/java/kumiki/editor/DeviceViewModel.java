package kumiki.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import kumiki.device.DeviceException;
import kumiki.device.capture.Handshake;
import kumiki.device.capture.Recording;
import kumiki.device.capture.RecordingListener;
import kumiki.device.capture.SampleRecorder;
import kumiki.device.capture.SampleSink;
import kumiki.device.plot.PlotData;
import kumiki.device.plot.PlotLineParser;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.protocol.DeviceLine;
import kumiki.device.serial.DeviceListener;
import kumiki.device.serial.DevicePort;
import kumiki.device.serial.DeviceSession;
import kumiki.device.serial.MonitorBuffer;
import kumiki.device.serial.PortScanner;
import kumiki.device.upload.ArduinoCliLocator;
import kumiki.device.upload.BootloaderTouch;
import kumiki.device.upload.ProjectUploader;
import kumiki.device.upload.UploadListener;
import kumiki.device.upload.UploadResult;
import kumiki.device.upload.UploadRunner;
import kumiki.project.Project;

/**
 * The device panel's state and commands: ports, connection, monitor, plotter, recording and upload.
 * Slow work runs on one worker thread; results come back through {@code ui} (the JavaFX thread in
 * the app, the calling thread in tests). Nothing here touches a window.
 */
public final class DeviceViewModel implements AutoCloseable {
    private final DeviceSession session;
    private final java.util.concurrent.Executor ui;
    private final Supplier<List<DevicePort>> scanner;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kumiki-device");
        t.setDaemon(true);
        return t;
    });

    private final StringProperty language = new SimpleStringProperty("en");
    private final ObservableList<DevicePort> ports = FXCollections.observableArrayList();
    private final StringProperty port = new SimpleStringProperty("");
    private final ObjectProperty<DeviceSession.State> state = new SimpleObjectProperty<>(DeviceSession.State.DISCONNECTED);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty countdown = new SimpleIntegerProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty arduinoCliPath = new SimpleStringProperty("");
    /** The monitor's speed. USB ignores it, but a board behind a USB-serial bridge does not. */
    private final IntegerProperty baud = new SimpleIntegerProperty(kumiki.device.protocol.CollectorProtocol.BAUD);
    public static final List<Integer> BAUD_RATES = List.of(9600, 19200, 38400, 57600, 115200, 230400);
    private java.util.function.Function<String, Optional<Path>> findArduinoCli =
            preference -> ArduinoCliLocator.forThisMachine().find(preference);
    private final MonitorBuffer monitor = new MonitorBuffer(5000);
    private final PlotData plot = new PlotData(2000);
    /** How often button C was pressed on the collector: the Teach wizard records on each press. */
    private final IntegerProperty buttonCPresses = new SimpleIntegerProperty();

    public DeviceViewModel(DeviceSession session, java.util.concurrent.Executor ui, Supplier<List<DevicePort>> scanner) {
        this.session = session;
        this.ui = ui;
        this.scanner = scanner;
        session.addListener((s, p) -> ui.execute(() -> {
            // The words first, then the state: whoever reacts to the state finds the words ready.
            switch (s) {
                case LOST -> message.set(text("panel.lost", p));
                case AVAILABLE_AGAIN -> message.set(text("panel.back", p));
                case CONNECTED -> message.set(text("panel.connected", p));
                default -> {
                }
            }
            state.set(s);
        }));
        session.addLineListener(new DeviceListener() {
            @Override
            public void onLine(String raw, DeviceLine line) {
                // The monitor and plotter show what the program prints, not the collector's own traffic.
                if (line instanceof DeviceLine.Text) {
                    monitor.add(raw);
                    plot.add(PlotLineParser.parse(raw));
                } else if (line instanceof DeviceLine.Control c && c.word().equals(kumiki.device.protocol.CollectorProtocol.BUTTON_C)) {
                    ui.execute(() -> buttonCPresses.set(buttonCPresses.get() + 1));
                }
            }
        });
    }

    /** The real machine: jSerialComm ports at the chosen speed, preferences kept in ~/.kumiki. */
    public static DeviceViewModel forThisMachine(java.util.concurrent.Executor ui) {
        Preferences prefs = Preferences.standard();
        int saved;
        try {
            saved = Integer.parseInt(prefs.get(Preferences.BAUD, "").strip());
        } catch (NumberFormatException e) {
            saved = kumiki.device.protocol.CollectorProtocol.BAUD;
        }
        int[] speed = {BAUD_RATES.contains(saved) ? saved : kumiki.device.protocol.CollectorProtocol.BAUD};
        DeviceViewModel vm = new DeviceViewModel(new DeviceSession(
                p -> kumiki.device.serial.JSerialCommLink.open(p, speed[0]), 10_000), ui, PortScanner::list);
        vm.baud.set(speed[0]);
        vm.baud.addListener((o, a, b) -> {
            speed[0] = b.intValue();
            prefs.set(Preferences.BAUD, Integer.toString(b.intValue()));
        });
        vm.arduinoCliPath.set(prefs.get(Preferences.ARDUINO_CLI, ""));
        vm.arduinoCliPath.addListener((o, a, b) -> prefs.set(Preferences.ARDUINO_CLI, b));
        return vm;
    }

    private String text(String key, Object... args) {
        return kumiki.device.DeviceException.WORDS.get(I18n.locale(language.get()), key, args);
    }

    // --- commands ------------------------------------------------------------------

    public void refreshPorts() {
        worker.submit(() -> {
            List<DevicePort> found = scanner.get();
            ui.execute(() -> {
                ports.setAll(found);
                DevicePort wio = PortScanner.onlyWio(found);
                if (port.get().isBlank() && wio != null) {
                    port.set(wio.path());
                }
            });
        });
    }

    public CompletableFuture<Void> connect() {
        String p = port.get().strip();
        return run(() -> {
            try {
                session.connect(p);
            } catch (DeviceException e) {
                ui.execute(() -> message.set(e.message(I18n.locale(language.get()))));
            }
        });
    }

    public CompletableFuture<Void> disconnect() {
        return run(session::disconnect);
    }

    public void send(String line) {
        var c = session.connection();
        if (c == null) {
            message.set(text("panel.notConnected"));
            return;
        }
        worker.submit(() -> {
            try {
                c.send(line);
            } catch (java.io.IOException e) {
                ui.execute(() -> message.set(text("device.lost", c.portName())));
            }
        });
    }

    /** Records one example into {@code sink}; the countdown and progress show in the panel. */
    public CompletableFuture<Optional<Recording>> record(String label, double seconds, SampleSink sink) {
        return record(label, seconds, sink, row -> { });
    }

    /** The same, passing each reading as it arrives to {@code rows} (on the recording thread). */
    public CompletableFuture<Optional<Recording>> record(String label, double seconds, SampleSink sink,
                                                         java.util.function.Consumer<String> rows) {
        CompletableFuture<Optional<Recording>> done = new CompletableFuture<>();
        var c = session.connection();
        if (c == null) {
            message.set(text("panel.notConnected"));
            done.complete(Optional.empty());
            return done;
        }
        busy.set(true);
        worker.submit(() -> {
            Optional<Recording> result = Optional.empty();
            try {
                DeviceHello hello = Handshake.run(c, Handshake.DEFAULT_TIMEOUT);
                Recording r = new SampleRecorder(c, hello, sink).record(label, seconds, new RecordingListener() {
                    @Override
                    public void countdown(int secondsLeft) {
                        ui.execute(() -> countdown.set(secondsLeft));
                    }

                    @Override
                    public void started() {
                        ui.execute(() -> countdown.set(0));
                    }

                    @Override
                    public void progress(long readings, long wanted) {
                        ui.execute(() -> progress.set(readings / (double) wanted));
                    }

                    @Override
                    public void reading(String row) {
                        rows.accept(row);
                    }
                });
                result = Optional.of(r);
                ui.execute(() -> message.set(r.message(I18n.locale(language.get()))));
            } catch (DeviceException e) {
                ui.execute(() -> message.set(e.message(I18n.locale(language.get()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                Optional<Recording> r = result;
                ui.execute(() -> {
                    busy.set(false);
                    countdown.set(0);
                    progress.set(-1);
                    done.complete(r);
                });
            }
        });
        return done;
    }

    /**
     * Who answers on the cable: the collector's hello line, or empty when nothing does (another program
     * on the board, or silence). The Teach wizard asks before it records, to put the collector on first.
     */
    public CompletableFuture<Optional<kumiki.device.protocol.DeviceHello>> hello() {
        var c = session.connection();
        if (c == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Optional.of(Handshake.run(c, Handshake.DEFAULT_TIMEOUT));
            } catch (DeviceException e) {
                return Optional.empty();
            }
        }, worker);
    }

    /** arduino-cli, from preferences, PATH or an Arduino IDE 2; empty means "explain and offer Export". */
    public Optional<Path> arduinoCli() {
        return findArduinoCli.apply(arduinoCliPath.get());
    }

    /** Where to look for arduino-cli; tests choose a machine with or without one. */
    public void setArduinoCliFinder(java.util.function.Function<String, Optional<Path>> finder) {
        this.findArduinoCli = finder;
    }

    /** Compiles and uploads; the monitor lets go of the port meanwhile and comes back after. */
    public CompletableFuture<UploadResult> upload(Project project, Path cli, Consumer<String> stageText) {
        return uploadJob(project.name(), cli, stageText,
                (runner, work, target, l) -> new ProjectUploader(runner, work).upload(project, target, l));
    }

    /** Puts Kumiki's data collector for {@code sensor} on the board, the same way as a project. */
    public CompletableFuture<UploadResult> uploadCollector(kumiki.device.collector.CollectorSensor sensor, Path cli,
                                                           Consumer<String> stageText) {
        String name = kumiki.device.collector.CollectorSketch.sketchName(sensor);
        String code = kumiki.device.collector.CollectorSketch.generate(sensor, sensor.defaultRate());
        return uploadJob(name, cli, stageText, (runner, work, target, l) -> runner.compileAndUpload(
                kumiki.codegen.SketchBuilder.of(name, code, sensor.libraries()).writeTo(work).getParent(), target, l));
    }

    private interface UploadJob {
        UploadResult run(UploadRunner runner, Path workDir, String port, UploadListener listener) throws Exception;
    }

    private CompletableFuture<UploadResult> uploadJob(String name, Path cli, Consumer<String> stageText, UploadJob job) {
        CompletableFuture<UploadResult> done = new CompletableFuture<>();
        String target = port.get().strip();
        busy.set(true);
        progress.set(0);
        worker.submit(() -> {
            try {
                UploadRunner runner = new UploadRunner(cli, Map.of(), BootloaderTouch.forThisMachine());
                Path work = Files.createTempDirectory("kumiki-upload");
                UploadResult r = session.whilePortReleased(() -> job.run(runner, work, target, listener(stageText)));
                finish(done, r, name, target);
            } catch (Exception e) {
                fail(done, e);
            }
        });
        return done;
    }

    private UploadListener listener(Consumer<String> stageText) {
        return new UploadListener() {
            @Override
            public void stage(Stage stage) {
                ui.execute(() -> stageText.accept(text("cli.upload." + stage.name().toLowerCase(Locale.ROOT))));
            }

            @Override
            public void progress(double fraction) {
                ui.execute(() -> progress.set(fraction));
            }
        };
    }

    private void finish(CompletableFuture<UploadResult> done, UploadResult r, String name, String target) {
        ui.execute(() -> {
            busy.set(false);
            progress.set(-1);
            message.set(r.ok() ? text("cli.upload.ok", name, target) : r.problem().message(I18n.locale(language.get())));
            done.complete(r);
        });
    }

    private void fail(CompletableFuture<UploadResult> done, Exception e) {
        ui.execute(() -> {
            busy.set(false);
            progress.set(-1);
            message.set(String.valueOf(e.getMessage()));
            done.completeExceptionally(e);
        });
    }

    private CompletableFuture<Void> run(Runnable job) {
        return CompletableFuture.runAsync(job, worker);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        session.close();
    }

    // --- state -----------------------------------------------------------------------

    public StringProperty languageProperty() {
        return language;
    }

    public ObservableList<DevicePort> ports() {
        return ports;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<DeviceSession.State> stateProperty() {
        return state;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public IntegerProperty buttonCPressesProperty() {
        return buttonCPresses;
    }

    public IntegerProperty countdownProperty() {
        return countdown;
    }

    /** 0..1 while recording or uploading, -1 when idle. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public IntegerProperty baudProperty() {
        return baud;
    }

    public StringProperty arduinoCliPathProperty() {
        return arduinoCliPath;
    }

    public MonitorBuffer monitor() {
        return monitor;
    }

    public PlotData plot() {
        return plot;
    }
}
