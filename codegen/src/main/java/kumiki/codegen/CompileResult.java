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
 */
public record CompileResult(String code, List<Library> libraries, List<Problem> problems,
                            List<String> unknownTypes, int blockCount) {
    /** Problems that leave no sketch at all: blocks this Kumiki does not know, blocks joined impossibly. */
    public static final java.util.Set<String> REFUSING = java.util.Set.of("unknown-block", "bad-shape");

    /** Why there is no sketch, or empty when there is one. */
    public java.util.Optional<Problem> refusal() {
        return problems.stream().filter(p -> REFUSING.contains(p.kind())).findFirst();
    }
}
