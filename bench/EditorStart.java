// Editor start to "Blockly ready": JVM start until the page reports ready with the sample loaded.
// Run by bench/run.sh under a display: java -cp <kumiki class path> bench/EditorStart.java
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import javafx.application.Platform;
import javafx.stage.Stage;
import kumiki.editor.EditorViewModel;
import kumiki.editor.RecoveryStore;
import kumiki.editor.ui.MainWindow;

public class EditorStart {
    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        var home = Files.createTempDirectory("kumiki-bench");
        Platform.startup(() -> {
            try {
                EditorViewModel vm = new EditorViewModel(new RecoveryStore(home.resolve("recovery")));
                vm.showSample("hello-screen");
                MainWindow window = new MainWindow(new Stage(), vm);
                window.show();
                // Checked every frame: ready and the sample's code both arrive from the page, in either order.
                new javafx.animation.AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (window.isPageReady() && !vm.codeProperty().get().isEmpty()) {
                            System.out.printf("editor start to Blockly ready (sample drawn, code generated): %d ms%n",
                                    System.currentTimeMillis() - jvmStart);
                            System.exit(0);
                        }
                    }
                }.start();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
        });
    }
}
