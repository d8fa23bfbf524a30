// Saves a picture of the editor window for the README and for reviewing the look.
// java -cp <kumiki class path> bench/Screenshot.java OUT.png WIDTH HEIGHT LANG SHOW_CODE(true|false) [SAMPLE] [board[:TAB] | lesson:ID]
// 'board' opens the Board panel (on the Plotter, or tab number TAB) with a few points drawn, to review its look.
import java.io.File;
import java.nio.file.Files;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kumiki.editor.EditorViewModel;
import kumiki.editor.RecoveryStore;
import kumiki.editor.ui.MainWindow;

public class Screenshot {
    public static void main(String[] args) throws Exception {
        var home = Files.createTempDirectory("kumiki-shot");
        Platform.startup(() -> {
            try {
                EditorViewModel vm = new EditorViewModel(new RecoveryStore(home.resolve("recovery")));
                vm.languageProperty().set(args[3]);
                vm.showSample(args.length > 5 ? args[5] : "hello-screen");
                Stage stage = new Stage();
                MainWindow window = new MainWindow(stage, vm);
                stage.setWidth(Double.parseDouble(args[1]));
                stage.setHeight(Double.parseDouble(args[2]));
                vm.showCodeProperty().set(Boolean.parseBoolean(args[4]));
                window.show();
                if (args.length > 6 && args[6].startsWith("lesson:")) {
                    kumiki.lesson.Lesson l = kumiki.lesson.BundledLessons.load(args[6].substring(7));
                    window.lessons().start(l, l.title(args[3]));
                }
                if (args.length > 6 && args[6].startsWith("board")) {
                    ((javafx.scene.control.ToggleButton) window.button("board")).setSelected(true);
                    window.devicePanel().tabs().getSelectionModel().select(
                            args[6].contains(":") ? Integer.parseInt(args[6].substring(6)) : 1);
                    for (int i = 0; i < 300; i++) {
                        window.device().plot().add(java.util.Map.of("light", 500 + 300 * Math.sin(i / 20.0), "threshold", 600.0));
                    }
                    window.device().monitor().add("Light meter started");
                }
                long[] readyAt = {0};
                new javafx.animation.AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (readyAt[0] == 0 && window.isPageReady() && !vm.codeProperty().get().isEmpty()) {
                            readyAt[0] = now;
                        }
                        if (readyAt[0] != 0 && now - readyAt[0] > 1_500_000_000L) { // let the code panel settle
                            try {
                                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(args[0]));
                            } catch (Exception e) {
                                e.printStackTrace();
                            }
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
