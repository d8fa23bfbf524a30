package kumiki.codegen.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import kumiki.codegen.CompileResult;
import kumiki.codegen.HeadlessBlockly;
import kumiki.codegen.HostRunner;

/** Trees compiled as one sketch (one print each) and run on the host: what each printed. */
final class SketchOfTrees {
    final String code;
    final List<String> lines;
    final HostRunner.Run run;

    private SketchOfTrees(String code, HostRunner.Run run) {
        this.code = code;
        this.run = run;
        this.lines = run.lines();
    }

    /**
     * The compiler the editor and the command line use, with a time limit for a sketch of a hundred
     * trees (a few thousand blocks) on a busy two-core machine rather than for one child's program.
     */
    private static final ThreadLocal<HeadlessBlockly> COMPILER =
            ThreadLocal.withInitial(() -> new HeadlessBlockly(Duration.ofSeconds(120), List.of()));

    static SketchOfTrees run(List<JsonNode> trees) {
        CompileResult compiled = COMPILER.get().compile(ExpressionWorkspace.printing(trees), "en");
        if (!compiled.unknownTypes().isEmpty()) {
            throw new AssertionError("unknown blocks " + compiled.unknownTypes());
        }
        return new SketchOfTrees(compiled.code(), HostRunner.run(compiled.code(), "until 60000\n"));
    }

    /** The C++ that prints tree {@code i}: the argument of its Serial.println. */
    String cppOf(int i) {
        List<String> prints = code.lines().filter(l -> l.startsWith("  Serial.println(")).toList();
        String line = prints.get(i);
        return line.substring("  Serial.println(".length(), line.length() - ");".length());
    }
}
