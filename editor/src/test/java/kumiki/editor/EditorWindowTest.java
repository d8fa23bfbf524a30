package kumiki.editor;

import java.nio.file.Path;
import javafx.stage.Stage;
import kumiki.editor.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The editor window as the UI tests open it: its own recovery folder, a size, and closed afterwards. */
abstract class EditorWindowTest {
    @TempDir
    static Path home;

    EditorViewModel vm;
    MainWindow window;
    Page page;

    interface Show {
        void on(EditorViewModel vm) throws Exception;
    }

    void open(Stage stage, Show show, double width, double height) throws Exception {
        vm = new EditorViewModel(new RecoveryStore(home.resolve("recovery")));
        show.on(vm);
        // The look's preferences live in the test's folder, so a test that ticks high contrast leaves others alone.
        window = new MainWindow(stage, vm, DeviceViewModel.forThisMachine(javafx.application.Platform::runLater),
                new LookSettings(new Preferences(home.resolve("preferences-" + System.nanoTime() + ".properties"))));
        page = new Page(window);
        stage.setWidth(width);
        stage.setHeight(height);
        window.show();
    }

    /** Each test's windows go away with it, so the next test's robot cannot find their buttons. */
    @AfterEach
    void closeWindows() throws Exception {
        Page.closeWindows();
        if (vm != null) {
            vm.awaitWrites();
        }
    }
}
