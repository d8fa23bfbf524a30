package kumiki.editor.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import kumiki.editor.EditorViewModel;
import kumiki.editor.RecoveryStore;
import kumiki.project.BundledSamples;
import kumiki.project.ProjectException;

/**
 * The desktop app. Opens the file named on the command line, or the bundled
 * sample; first offers to restore work from a session that ended without saving.
 */
public final class KumikiApp extends Application {
    private MainWindow window;
    private EditorViewModel vm;

    /** Runs on the launcher thread, before the FX thread draws anything: the font is read here. */
    @Override
    public void init() {
        UiFont.load();
    }

    @Override
    public void start(Stage stage) throws ProjectException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new EditorViewModel(RecoveryStore.standard());
        vm.languageProperty().set(java.util.Locale.getDefault().getLanguage().equals("ja") ? "ja" : "en");
        var recovered = vm.pendingRecovery();
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        // The sample shows at once; a file named on the command line is read on a background thread
        // and replaces it when ready, or a dialog over the sample says why it was not opened.
        vm.showSample(file == null ? System.getProperty("kumiki.sample", BundledSamples.DEFAULT) : BundledSamples.DEFAULT);
        window = new MainWindow(stage, vm);
        window.show();
        if (file != null) {
            window.open(file);
        }
        recovered.ifPresent(r -> window.offerRecovery(r));
    }

    /** Opens the window; {@code kumiki.cli.Main} calls this once it knows there is a screen. */
    public static void main(String[] args) {
        Application.launch(KumikiApp.class, args);
    }

    public MainWindow window() {
        return window;
    }

    public EditorViewModel viewModel() {
        return vm;
    }
}
