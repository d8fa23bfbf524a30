package kumiki.editor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kumiki.device.capture.Recording;
import kumiki.device.capture.SampleSink;
import kumiki.device.collector.CollectorSensor;
import kumiki.device.protocol.DeviceHello;
import kumiki.device.serial.DeviceSession;
import kumiki.device.upload.UploadProblem;

/**
 * The Teach wizard's board: the Board panel's connection ({@link DeviceViewModel}), so the wizard
 * records, tries and puts the collector on through the same cable, with the same progress bar.
 */
public final class DeviceBoard implements TeachViewModel.Board {
    private final DeviceViewModel device;
    private final BooleanSupplier listening;

    /** @param listening whether button C presses go to this wizard (only the shown project's does) */
    public DeviceBoard(DeviceViewModel device, BooleanSupplier listening) {
        this.device = device;
        this.listening = listening;
    }

    @Override
    public boolean connected() {
        return device.stateProperty().get() == DeviceSession.State.CONNECTED;
    }

    @Override
    public CompletableFuture<Optional<Recording>> record(String label, double seconds, SampleSink sink,
                                                         Consumer<String> rows) {
        return device.record(label, seconds, sink, rows);
    }

    @Override
    public void onButtonC(Runnable pressed) {
        device.buttonCPressesProperty().addListener((o, a, b) -> {
            if (listening.getAsBoolean()) {
                pressed.run();
            }
        });
    }

    @Override
    public CompletableFuture<Optional<DeviceHello>> hello() {
        return device.hello();
    }

    @Override
    public CompletableFuture<String> putCollector(CollectorSensor sensor, Consumer<String> stage) {
        Optional<Path> cli = device.arduinoCli();
        String language = device.languageProperty().get();
        if (cli.isEmpty()) {
            return CompletableFuture.completedFuture(
                    new UploadProblem(UploadProblem.Kind.NO_ARDUINO_CLI, "", 0, null).message(I18n.locale(language)));
        }
        return device.uploadCollector(sensor, cli.get(), stage)
                .thenApply(r -> r.ok() ? null : r.problem().message(I18n.locale(language)));
    }
}
