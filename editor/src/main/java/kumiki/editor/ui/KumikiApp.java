package kumiki.editor.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import kumiki.editor.EditorViewModel;
import kumiki.editor.I18n;
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

    @Override
    public void start(Stage stage) throws ProjectException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new EditorViewModel(RecoveryStore.standard());
        vm.languageProperty().set(java.util.Locale.getDefault().getLanguage().equals("ja") ? "ja" : "en");
        var recovered = vm.pendingRecovery();
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        ProjectException refused = null;
        if (file != null && Files.isRegularFile(file)) {
            try {
                vm.open(file);
            } catch (ProjectException e) {
                refused = e;
                vm.showSample(BundledSamples.DEFAULT);
            }
        } else {
            vm.showSample(System.getProperty("kumiki.sample", BundledSamples.DEFAULT));
        }
        window = new MainWindow(stage, vm);
        window.show();
        if (refused != null) {
            // The sample stands in, but the child or teacher must hear why their file did not open.
            String language = vm.languageProperty().get();
            String why = refused.message(I18n.locale(language));
            Platform.runLater(() -> Dialogs.error(stage, language, "dialog.openFailed.title", why));
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
