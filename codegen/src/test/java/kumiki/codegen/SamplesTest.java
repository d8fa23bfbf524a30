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

    /** The line map comes from a second generation with markers; without them it must be the same sketch. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyStatementLineKnowsItsBlock(String id) throws Exception {
        Project project = Samples.load(id);
        SketchLines lines = KumikiCompiler.lines(project);
        String code = KumikiCompiler.compile(project).code();
        assertThat(lines.code()).isEqualTo(code);
        assertThat(lines.blocks()).hasSize((int) code.lines().count() + (code.endsWith("\n") ? 1 : 0));
        com.fasterxml.jackson.databind.JsonNode workspace = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(project.workspaceJson());
        List<String> codeLines = code.lines().toList();
        for (int i = 0; i < codeLines.size(); i++) {
            String line = codeLines.get(i).strip();
            String block = lines.blockAt(i + 1);
            if (line.startsWith("#include") || line.startsWith("void ") || line.isEmpty()
                    || line.startsWith("tft.drawString(") || line.startsWith("tft.begin(")) {
                assertThat(block).as("line %d: %s", i + 1, line).isNull();
            }
            // Lines a block wrote into setup() or loop(); helper bodies and set-up lines belong to no block.
            if (line.startsWith("kumiki_drawText(") || line.startsWith("tft.fillCircle(") || line.startsWith("delay(")) {
                assertThat(block).as("line %d: %s", i + 1, line).isNotNull();
                assertThat(workspace.findValues("id").stream().map(com.fasterxml.jackson.databind.JsonNode::asText))
                        .contains(block);
            }
        }
    }
}
