package kumiki.codegen;

import java.util.List;

/**
 * What the headless compiler made of a workspace.
 *
 * @param code         the sketch, exactly as the editor's code panel shows it
 * @param libraries    Arduino libraries to name in sketch.yaml
 * @param problems     things a child can fix, each tied to a block
 * @param unknownTypes block types this version of Kumiki does not know (then {@code code} is empty)
 * @param blockCount   blocks in the workspace, shadows not counted
 * @param besideIno    files the sketch keeps beside its .ino, by name: the Teach blocks' model and
 *                     feature headers ({@link TeachFiles}); empty without Teach blocks
 */
public record CompileResult(String code, List<Library> libraries, List<Problem> problems,
                            List<String> unknownTypes, int blockCount, java.util.Map<String, byte[]> besideIno) {
    /**
     * Problems that leave no sketch at all: blocks this Kumiki does not know, blocks joined impossibly,
     * and Teach blocks without a model the board can run.
     */
    public static final java.util.Set<String> REFUSING = java.util.Set.of("unknown-block", "bad-shape",
            "teach-no-model", "teach-bad-model", "teach-wrong-sensor", "teach-too-big");

    public CompileResult {
        besideIno = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(besideIno));
    }

    public CompileResult(String code, List<Library> libraries, List<Problem> problems, List<String> unknownTypes,
                         int blockCount) {
        this(code, libraries, problems, unknownTypes, blockCount, java.util.Map.of());
    }

    /** Why there is no sketch, or empty when there is one. */
    public java.util.Optional<Problem> refusal() {
        return problems.stream().filter(p -> REFUSING.contains(p.kind())).findFirst();
    }
}
