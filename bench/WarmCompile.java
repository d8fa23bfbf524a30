// Warm compile time inside one process (the editor's situation: Export, Upload, lesson checks), while a
// child edits: before every compile one stack changes, a different stack each time, so the compiler
// never sees the same program twice. Edits take turns: a number set to another value (the edit children
// make most, which the compiler applies to the blocks it kept), and a block put into or taken out of a
// stack (which makes it build that stack again). Both kinds are reported apart and together.
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
        int runs = 60;
        ObjectMapper json = new ObjectMapper();
        ObjectNode workspace = (ObjectNode) json.readTree(project.workspaceJson());
        JsonNode stacks = workspace.path("blocks").path("blocks");
        Random random = new Random(20261202);
        System.out.printf("JavaScript runtime: %s%n", HeadlessBlockly.runtimeName());
        long[] ms = new long[runs];
        long[] fieldMs = new long[runs / 2];
        long[] shapeMs = new long[runs / 2];
        long firstTen = 0;
        CompileResult last = null;
        for (int i = 0; i < warmup + runs; i++) {
            JsonNode stack = stacks.get(i % stacks.size());
            boolean shape = i % 2 == 1;
            if (shape) {
                putOrTakeAWait(stack, json);
            } else {
                editOneNumber(stack, random);
            }
            Project edited = project.withWorkspace(json.writeValueAsString(workspace));
            long t0 = System.nanoTime();
            last = KumikiCompiler.compile(edited);
            long took = (System.nanoTime() - t0) / 1_000_000;
            if (i < 10) {
                firstTen += took;
            }
            if (i >= warmup) {
                int run = i - warmup;
                ms[run] = took;
                (shape ? shapeMs : fieldMs)[run / 2] = took;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(fieldMs);
        Arrays.sort(shapeMs);
        System.out.printf("warm compile of %d blocks, one stack edited each time: median %d ms, p90 %d ms, min %d ms"
                        + " (%d runs after %d warm-up); the first ten took %d ms in all%n",
                last.blockCount(), ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], runs, warmup, firstTen);
        System.out.printf("  a number changed: median %d ms, p90 %d ms; a block put in or taken out: median %d ms, p90 %d ms%n",
                fieldMs[fieldMs.length / 2], fieldMs[(int) (fieldMs.length * 0.9)],
                shapeMs[shapeMs.length / 2], shapeMs[(int) (shapeMs.length * 0.9)]);
    }

    /** Puts a wait block at the top of the stack's body, or takes away the one put there before. */
    static void putOrTakeAWait(JsonNode stack, ObjectMapper json) {
        ObjectNode body = (ObjectNode) stack.path("inputs").path("DO");
        JsonNode first = body.path("block");
        if ("bench_wait".equals(first.path("id").asText())) {
            body.set("block", first.path("next").path("block"));
            return;
        }
        ObjectNode wait = json.createObjectNode().put("type", "kumiki_wait_ms").put("id", "bench_wait");
        wait.putObject("inputs").putObject("MS").putObject("shadow").put("type", "math_number")
                .put("id", "bench_wait_ms").putObject("fields").put("NUM", 20);
        wait.putObject("next").set("block", first);
        body.set("block", wait);
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
