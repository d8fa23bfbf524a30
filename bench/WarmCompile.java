// Warm compile time inside one process: the editor's and a server's situation.
// Run by bench/run.sh: java -cp <kumiki class path> bench/WarmCompile.java PROJECT.kumiki
import java.nio.file.Path;
import java.util.Arrays;
import kumiki.codegen.CompileResult;
import kumiki.codegen.KumikiCompiler;
import kumiki.project.Project;
import kumiki.project.ProjectFile;

public class WarmCompile {
    public static void main(String[] args) throws Exception {
        Project project = ProjectFile.read(Path.of(args[0]));
        int warmup = 15;
        int runs = 30;
        CompileResult last = null;
        for (int i = 0; i < warmup; i++) {
            last = KumikiCompiler.compile(project);
        }
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = KumikiCompiler.compile(project);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("warm compile of %d blocks: median %d ms, p90 %d ms, min %d ms (%d runs after %d warm-up)%n",
                last.blockCount(), ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], runs, warmup);
    }
}
