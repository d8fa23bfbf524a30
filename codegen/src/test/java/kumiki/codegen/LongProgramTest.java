package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import kumiki.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sizes the README promises: a stack of 10,000 blocks (a long song) and a 2,000-block project
 * compile within the compiler's own 10-second limit, on the 2-core CI machine.
 */
class LongProgramTest {
    private static CompileResult compile(String workspace) {
        return KumikiCompiler.compile(Project.create("Long", "en").withWorkspace(workspace));
    }

    @Test
    @Timeout(240)
    void aStackOfTenThousandBlocksCompilesInOrder() {
        CompileResult r = compile(Workspaces.longStack(10_000));
        assertThat(r.problems()).isEmpty();
        assertThat(r.blockCount()).isEqualTo(10_001);
        String code = r.code();
        int first = code.indexOf("\"line 0\"");
        int middle = code.indexOf("\"line 5000\"");
        int last = code.indexOf("\"line 9999\"");
        assertThat(first).isPositive().isLessThan(middle);
        assertThat(middle).isLessThan(last);
    }

    @Test
    @Timeout(60)
    void twoThousandBlocksCompileWithinTheLimit() {
        CompileResult r = compile(Workspaces.longStack(2_000));
        assertThat(r.blockCount()).isEqualTo(2_001);
        assertThat(r.code()).contains("\"line 1999\"");
    }
}
