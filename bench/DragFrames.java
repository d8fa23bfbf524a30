// Frame time while a child drags blocks in a project holding 5 minutes of recorded sound (300 one-second
// 16 kHz WAVs), and the time from each drop to the recovery copy being safe on disk. The drags are real
// mouse presses and moves (JavaFX's Robot) on the real window; a frame is one JavaFX pulse, timed by an
// AnimationTimer. Run under a display: java -cp <editor class path> bench/DragFrames.java
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import kumiki.device.capture.DatasetWriter;
import kumiki.editor.EditorViewModel;
import kumiki.editor.RecoveryStore;
import kumiki.editor.ui.MainWindow;

public class DragFrames {
    static final int DRAGS = 5;
    static final int FRAMES_PER_DRAG = 90;

    public static void main(String[] args) throws Exception {
        var home = Files.createTempDirectory("kumiki-bench");
        System.setProperty("kumiki.home", home.toString());
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        List<Double> frames = new ArrayList<>();
        List<Double> safe = new ArrayList<>();
        List<Double> leftSafe = new ArrayList<>();
        Platform.startup(() -> {
            EditorViewModel vm = new EditorViewModel(store);
            try {
                vm.showSample("hello-screen");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            java.util.Random r = new java.util.Random(1);
            for (int i = 0; i < 300; i++) {
                short[] pcm = new short[16000];
                for (int t = 0; t < pcm.length; t++) {
                    pcm[t] = (short) (r.nextGaussian() * 3000);
                }
                vm.addSample(i % 2 == 0 ? "clap" : "noise", "wav", DatasetWriter.wav(16000, pcm));
            }
            long added = System.nanoTime();
            java.util.concurrent.atomic.AtomicBoolean settled = new java.util.concurrent.atomic.AtomicBoolean();
            new Thread(() -> {
                vm.awaitWrites();
                System.out.printf("300 examples recorded to all safe on disk: %.1f s%n", (System.nanoTime() - added) / 1e9);
                settled.set(true);
            }).start();
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, vm);
            stage.setWidth(1280);
            stage.setHeight(800);
            window.show();
            Robot robot = new Robot();
            new AnimationTimer() {
                long last;
                int drag = -1;
                int frame;
                Point2D from;
                long released;
                long stamp;
                long pressed;
                long pressStamp;

                @Override
                public void handle(long now) {
                    if (drag < 0) {
                        if (!window.isPageReady() || vm.codeProperty().get().isEmpty() || !settled.get()) return;
                        drag = 0;
                        frame = -30; // let the window settle
                        return;
                    }
                    if (released != 0) {
                        // Waiting for the drop's recovery copy: the file is rewritten after the release.
                        boolean written = store.file().toFile().lastModified() > stamp;
                        // A drop on empty canvas changes no stack (the block left its stack when the drag
                        // began, and that was kept then): nothing to keep but its place, at the next autosave.
                        if (written || System.nanoTime() - released > 3_000_000_000L) {
                            if (written) {
                                safe.add((System.nanoTime() - released) / 1e6);
                            }
                            released = 0;
                            drag++;
                            frame = -10;
                            if (drag == DRAGS) {
                                report(frames, safe, leftSafe, store);
                            }
                        }
                        return;
                    }
                    if (frame < 0) {
                        frame++;
                        last = now;
                        return;
                    }
                    if (frame == 0) {
                        // The last block of a stack, dragged out onto the canvas: a drop that changes the program.
                        String rect = window.blockly().evaluate("Kumiki.lastInStackRect('" + (drag % 2 == 0 ? "kumiki_forever" : "kumiki_on_start") + "')");
                        com.fasterxml.jackson.databind.JsonNode n;
                        try {
                            n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rect);
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                        from = window.blockly().view().localToScreen(n.path("x").asDouble() + 8, n.path("y").asDouble() + 10);
                        robot.mouseMove(from);
                        robot.mousePress(MouseButton.PRIMARY);
                        pressed = System.nanoTime();
                        pressStamp = store.file().toFile().lastModified();
                    } else {
                        frames.add((now - last) / 1e6);
                        if (pressed != 0 && store.file().toFile().lastModified() > pressStamp) {
                            leftSafe.add((System.nanoTime() - pressed) / 1e6);
                            pressed = 0;
                        }
                        double a = 2 * Math.PI * frame / FRAMES_PER_DRAG;
                        // Round and about, ending 250 px to the right: away from any stack, so it lands on its own.
                        robot.mouseMove(from.getX() + 250.0 * frame / FRAMES_PER_DRAG + 40 * Math.sin(a),
                                from.getY() + 40 * (1 - Math.cos(a)));
                    }
                    last = now;
                    frame++;
                    if (frame > FRAMES_PER_DRAG) {
                        stamp = store.file().toFile().lastModified();
                        released = System.nanoTime();
                        pressed = 0;
                        robot.mouseRelease(MouseButton.PRIMARY);
                    }
                }
            }.start();
        });
    }

    static void report(List<Double> frames, List<Double> safe, List<Double> leftSafe, RecoveryStore store) {
        double[] f = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        try {
            System.out.printf("project recovery copy: %.1f MB%n", Files.size(store.file()) / 1e6);
        } catch (java.io.IOException e) {
            System.out.println("no recovery copy: " + e);
        }
        System.out.printf("frames while dragging: %d; median %.1f ms, 95th percentile %.1f ms, worst %.1f ms%n",
                f.length, f[f.length / 2], f[(int) (f.length * 0.95)], f[f.length - 1]);
        System.out.printf("a block pulled out of its stack, press to recovery copy safe on disk: %s ms%n",
                leftSafe.stream().map(d -> String.format("%.0f", d)).toList());
        System.out.printf("a block dropped into a stack, release to recovery copy safe on disk: %s ms%n",
                safe.stream().map(d -> String.format("%.0f", d)).toList());
        System.exit(0);
    }
}
