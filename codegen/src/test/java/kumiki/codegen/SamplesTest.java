package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kumiki.project.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled sample has no problems, and its sketch compiles. */
class SamplesTest {
    static List<String> samples() throws Exception {
        List<String> ids = Samples.ids();
        assertThat(ids).contains("hello-screen", "button-piano", "light-meter");
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleIsCleanAndCompiles(String id) throws Exception {
        Project project = Samples.load(id);
        CompileResult result = KumikiCompiler.compile(project);
        assertThat(result.problems()).isEmpty();
        Golden.assertMatches("samples/" + id + ".ino", result.code());
        assertThat(Gxx.syntaxErrors(result.code())).isEmpty();
    }
}
