import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import kumiki.device.plot.PlotData;
import kumiki.device.plot.PlotLineParser;
import kumiki.editor.ui.PlotterView;

/**
 * Feeds the plotter 1,000 lines a second (two series, parsed like the board's lines) on another
 * thread, as the serial thread would, and records how long each redraw takes and how many frames run.
 */
public class PlotterFrames {
    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        PlotData data = new PlotData(2000);
        long[] frames = new long[seconds * 200];
        int[] count = {0};
        long[] pulses = {0};
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean feeding = new AtomicBoolean(true);
        Platform.startup(() -> {
            PlotterView view = new PlotterView(data);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1000, 320));
            stage.show();
            new AnimationTimer() {
                long last = -1;

                @Override
                public void handle(long now) {
                    pulses[0]++;
                    long nanos = view.lastFrameNanos();
                    if (nanos != last && count[0] < frames.length) {
                        frames[count[0]++] = nanos;
                        last = nanos;
                    }
                }
            }.start();
        });
        Thread feeder = new Thread(() -> {
            long start = System.nanoTime();
            for (long i = 0; feeding.get(); i++) {
                long due = start + i * 1_000_000L;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                String line = String.format(Locale.ROOT, "light:%d,threshold:600", Math.round(500 + 300 * Math.sin(i / 20.0)));
                data.add(PlotLineParser.parse(line));
            }
            done.countDown();
        });
        Thread.sleep(1500);   // window up
        long t0 = System.nanoTime();
        long p0 = pulses[0];
        int c0 = count[0];
        feeder.start();
        Thread.sleep(seconds * 1000L);
        feeding.set(false);
        done.await();
        double wall = (System.nanoTime() - t0) / 1e9;
        long[] f = Arrays.copyOfRange(frames, c0, count[0]);
        Arrays.sort(f);
        double mean = Arrays.stream(f).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "  %d redraws in %.1f s (%.0f per second; %d pulses); redraw time mean %.2f ms, p95 %.2f ms, max %.2f ms%n",
                f.length, wall, f.length / wall, pulses[0] - p0, mean, f[(int) (f.length * 0.95)] / 1e6, f[f.length - 1] / 1e6);
        Platform.exit();
    }
}
