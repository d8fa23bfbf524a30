package kumiki.editor;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kumiki.device.capture.SampleSink;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.protocol.DeviceHello;

/**
 * The Teach wizard's side of the board: the collector put on it when it runs something else, examples
 * recorded from it one after the other (with the live plot of the one in progress), and button C. The
 * wizard's words go to its message line; every property changes on {@code ui}. {@link TeachViewModel}
 * owns one and decides what is recorded and where it is kept.
 */
final class BoardRecorder {
    /** What the recorder asks of the wizard. */
    record Wizard(Executor ui, StringProperty message, BooleanProperty recording, Words words,
            Supplier<CollectorSensor> sensor, DoubleSupplier seconds, Predicate<String> hasLabel,
            BooleanSupplier choosingExamples, SampleSink keep) {
    }

    /** The wizard's words in the window's language. */
    interface Words {
        String get(String key, Object... args);

        String language();
    }

    private final Wizard wizard;
    private final StringProperty recordLabel = new SimpleStringProperty();
    private final BooleanProperty recordFive = new SimpleBooleanProperty();
    private final BooleanProperty puttingCollector = new SimpleBooleanProperty();
    /** The readings of the recording in progress, [channel][time], for the live plot. */
    private final ObjectProperty<float[][]> liveTrace = new SimpleObjectProperty<>(new float[0][]);
    /** How many readings the live plot's width stands for (the whole example). */
    private final IntegerProperty liveLength = new SimpleIntegerProperty();
    private TeachViewModel.Board board;

    BoardRecorder(Wizard wizard) {
        this.wizard = wizard;
    }

    void setBoard(TeachViewModel.Board board) {
        this.board = board;
        // Button C on the Wio records what the Examples step has chosen, as its Record button would.
        board.onButtonC(() -> {
            if (wizard.choosingExamples().getAsBoolean() && !wizard.recording().get() && recordLabel.get() != null) {
                recordFromBoard(recordLabel.get(), recordFive.get() ? 5 : 1);
            }
        });
    }

    /** The board, once it is connected; else null, and the message line asks for the cable. */
    TeachViewModel.Board connectedBoard() {
        if (board == null || !board.connected()) {
            wizard.message().set(wizard.words().get("teach.record.connectFirst"));
            return null;
        }
        return board;
    }

    StringProperty recordLabel() {
        return recordLabel;
    }

    BooleanProperty recordFive() {
        return recordFive;
    }

    BooleanProperty puttingCollector() {
        return puttingCollector;
    }

    ObjectProperty<float[][]> liveTrace() {
        return liveTrace;
    }

    IntegerProperty liveLength() {
        return liveLength;
    }

    /**
     * Records {@code times} examples of {@code label} from the board, one after the other (the countdown
     * before each). Each is kept the moment it is complete; a pulled cable ends the run and keeps every
     * example recorded before it.
     */
    void recordFromBoard(String label, int times) {
        if (connectedBoard() == null || !wizard.hasLabel().test(label) || wizard.recording().get()) {
            return;
        }
        wizard.recording().set(true);
        int count = Math.max(1, Math.min(times, 20));
        withCollector(hello -> recordNext(label, 1, count, hello), () -> wizard.recording().set(false));
    }

    /** Puts the collector on the board now, as the Examples step's button asks. */
    void putCollector() {
        if (connectedBoard() == null || puttingCollector.get() || wizard.recording().get()) {
            return;
        }
        withCollector(hello -> wizard.message().set(wizard.words().get("teach.collector.ready")), () -> { });
    }

    /**
     * Runs {@code then} with the board's hello once the collector for the wizard's sensor answers. A
     * board running something else (a child's program, another sensor's collector) gets the collector
     * first, with the upload's stages in the message line and its progress in the record bar.
     */
    void withCollector(Consumer<DeviceHello> then, Runnable failed) {
        CollectorSensor sensor = wizard.sensor().get();
        Executor ui = wizard.ui();
        StringProperty message = wizard.message();
        message.set(wizard.words().get("teach.collector.checking"));
        board.hello().whenComplete((h, e) -> ui.execute(() -> {
            if (e == null && h.isPresent() && streams(h.get(), sensor)) {
                then.accept(h.get());
                return;
            }
            puttingCollector.set(true);
            String what = wizard.words().get("teach.collector.putting");
            message.set(what);
            board.putCollector(sensor, stage -> message.set(what + " " + stage)).whenComplete((why, e2) -> ui.execute(() -> {
                if (e2 != null || why != null) {
                    puttingCollector.set(false);
                    message.set(wizard.words().get("teach.collector.failed", e2 != null ? String.valueOf(e2.getMessage()) : why));
                    failed.run();
                    return;
                }
                board.hello().whenComplete((again, e3) -> ui.execute(() -> {
                    puttingCollector.set(false);
                    if (e3 == null && again.isPresent() && streams(again.get(), sensor)) {
                        then.accept(again.get());
                    } else {
                        message.set(wizard.words().get("teach.collector.noAnswer"));
                        failed.run();
                    }
                }));
            }));
        }));
    }

    /**
     * Whether the board streams what {@code sensor} records: the same sensor and the same columns, in
     * any order (examples are stored with their column names, and the live try reorders them).
     */
    static boolean streams(DeviceHello hello, CollectorSensor sensor) {
        return hello.sensor().equals(sensor.name()) && hello.columns().size() == sensor.columns().size()
                && hello.columns().containsAll(sensor.columns());
    }

    private void recordNext(String label, int n, int of, DeviceHello hello) {
        Words words = wizard.words();
        StringProperty message = wizard.message();
        message.set(of > 1 ? words.get("teach.record.nth", n, of, label) : words.get("teach.record.one", label));
        double seconds = wizard.seconds().getAsDouble();
        LiveTrace trace = new LiveTrace(hello.columns().size(), (int) Math.ceil(seconds * hello.rate()));
        liveTrace.set(trace.snapshot());
        liveLength.set(trace.capacity());
        AtomicBoolean pending = new AtomicBoolean();
        board.record(label, seconds, wizard.keep(), row -> {
            // On the recording thread: the plot is brought up to date at most once per frame.
            trace.add(row);
            if (!pending.getAndSet(true)) {
                wizard.ui().execute(() -> {
                    pending.set(false);
                    liveTrace.set(trace.snapshot());
                });
            }
        }).whenComplete((r, e) -> wizard.ui().execute(() -> {
            boolean kept = e == null && r != null && r.isPresent() && r.get().kept();
            if (kept && n < of && board.connected()) {
                recordNext(label, n + 1, of, hello);
                return;
            }
            wizard.recording().set(false);
            int saved = kept ? n : n - 1;
            if (kept) {
                message.set(words.get("teach.record.done", saved, label));
            } else {
                // The reason (a pulled cable, a lost reading) and that everything before it is kept.
                String why = e == null && r != null && r.isPresent() ? r.get().message(I18n.locale(words.language())) + " " : "";
                message.set(why + words.get("teach.record.stopped", saved, label));
            }
        }));
    }
}
