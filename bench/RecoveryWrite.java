// A project holding 5 minutes of recorded sound (300 one-second 16 kHz WAVs, 9.6 MB): how long a block
// drop keeps the FX thread, and how long until the recovery copy is safe on disk. Before the writer
// thread, the FX thread wrote the whole copy itself; "direct write" is that cost.
// java -cp <kumiki class path> bench/RecoveryWrite.java
import java.nio.file.Files;
import java.util.Arrays;
import kumiki.device.capture.DatasetWriter;
import kumiki.editor.EditorViewModel;
import kumiki.editor.RecoveryStore;
import kumiki.project.Project;

public class RecoveryWrite {
    static final String WS = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_forever\",\"id\":\"f\",\"x\":%d,\"y\":0}]}}";

    public static void main(String[] args) throws Exception {
        var home = Files.createTempDirectory("kumiki-bench");
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        EditorViewModel vm = new EditorViewModel(store, Runnable::run);
        vm.newProject();
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 300; i++) {
            short[] pcm = new short[16000];
            for (int t = 0; t < pcm.length; t++) {
                pcm[t] = (short) (r.nextGaussian() * 3000);
            }
            vm.addSample(i % 2 == 0 ? "clap" : "noise", "wav", DatasetWriter.wav(16000, pcm));
        }
        vm.awaitWrites();
        int runs = 20;
        double[] onCaller = new double[runs];
        double[] safe = new double[runs];
        double[] direct = new double[runs];
        for (int i = 0; i < runs + 3; i++) {
            long t0 = System.nanoTime();
            vm.workspaceChanged(String.format(WS, i), "code", 0, true, true, true, false);
            long t1 = System.nanoTime();
            vm.awaitWrites();
            long t2 = System.nanoTime();
            Project p = vm.project();
            store.write(p, null);
            long t3 = System.nanoTime();
            if (i >= 3) {
                onCaller[i - 3] = (t1 - t0) / 1e6;
                safe[i - 3] = (t2 - t0) / 1e6;
                direct[i - 3] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf("project: %.1f MB of sound in %d examples%n", Files.size(store.file()) / 1e6, vm.project().files().size());
        System.out.printf("block drop, time on the FX thread: median %.2f ms%n", median(onCaller));
        System.out.printf("block drop to recovery copy on disk: median %.0f ms%n", median(safe));
        System.out.printf("the same copy written directly (what the FX thread did before): median %.0f ms%n", median(direct));
        System.exit(0);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
