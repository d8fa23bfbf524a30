// Warm compile time inside one process (the editor's situation: Export, Upload, lesson checks), while a
// child edits: before every compile one number in one stack changes, a different stack each time, so
// the compiler never sees the same program twice.
// Run by bench/run.sh: java <the editor's JVM options> -cp <kumiki class path> bench/WarmCompile.java PROJECT.kumiki [WARMUP]
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import kumiki.codegen.CompileResult;
import kumiki.codegen.HeadlessBlockly;
import kumiki.codegen.KumikiCompiler;
import kumiki.project.Project;
import kumiki.project.ProjectFile;

public class WarmCompile {
    public static void main(String[] args) throws Exception {
        Project project = ProjectFile.read(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int runs = 30;
        ObjectMapper json = new ObjectMapper();
        ObjectNode workspace = (ObjectNode) json.readTree(project.workspaceJson());
        JsonNode stacks = workspace.path("blocks").path("blocks");
        Random random = new Random(20261202);
        System.out.printf("JavaScript runtime: %s%n", HeadlessBlockly.runtimeName());
        long[] ms = new long[runs];
        long firstTen = 0;
        CompileResult last = null;
        for (int i = 0; i < warmup + runs; i++) {
            editOneNumber(stacks.get(i % stacks.size()), random);
            Project edited = project.withWorkspace(json.writeValueAsString(workspace));
            long t0 = System.nanoTime();
            last = KumikiCompiler.compile(edited);
            long took = (System.nanoTime() - t0) / 1_000_000;
            if (i < 10) {
                firstTen += took;
            }
            if (i >= warmup) {
                ms[i - warmup] = took;
            }
        }
        Arrays.sort(ms);
        System.out.printf("warm compile of %d blocks, one stack edited each time: median %d ms, p90 %d ms, min %d ms"
                        + " (%d runs after %d warm-up); the first ten took %d ms in all%n",
                last.blockCount(), ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], runs, warmup, firstTen);
    }

    /** Sets one math_number of the stack to a new value. */
    static void editOneNumber(JsonNode stack, Random random) {
        List<ObjectNode> numbers = new ArrayList<>();
        collect(stack, numbers);
        if (!numbers.isEmpty()) {
            ((ObjectNode) numbers.get(random.nextInt(numbers.size())).path("fields")).put("NUM", random.nextInt(1000));
        }
    }

    static void collect(JsonNode node, List<ObjectNode> into) {
        if (node.isObject() && "math_number".equals(node.path("type").asText()) && node.path("fields").isObject()) {
            into.add((ObjectNode) node);
        }
        node.forEach(child -> collect(child, into));
    }
}
