package kumiki.codegen.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written cases of {@code blocks/test/expressions.json}, run: each case's C++ (which the
 * node tests check) must print the line a person wrote down for it, on the host runner, and the
 * independent evaluator must agree with that person (it is the oracle of the random test).
 */
class ExpressionCasesTest {
    private static List<JsonNode> cases;
    private static SketchOfTrees sketch;

    @BeforeAll
    static void runAllCasesAsOneSketch() throws IOException {
        Path file = Path.of(System.getProperty("kumiki.expressionCases", "../blocks/test/expressions.json"));
        cases = new ArrayList<>();
        ExpressionWorkspace.JSON.readTree(file.toFile()).path("cases").forEach(cases::add);
        sketch = SketchOfTrees.run(cases.stream().map(c -> c.get("tree")).toList());
    }

    @Test
    void everyCasePrintsTheLineWrittenForIt() {
        assertThat(sketch.run.exit()).as(sketch.run.events()).isZero();
        assertThat(sketch.lines).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            assertThat(sketch.cppOf(i)).as(c.path("title").asText()).isEqualTo(c.path("cpp").asText());
            assertThat(sketch.lines.get(i)).as("%s: %s", c.path("title").asText(), c.path("cpp").asText())
                    .isEqualTo(c.path("prints").asText());
        }
    }

    @Test
    void theIndependentEvaluatorAgreesWithEveryCaseItModels() {
        int checked = 0;
        for (JsonNode c : cases) {
            if (c.get("tree").toString().contains("millis")) {
                continue;
            }
            try {
                assertThat(ExpressionMeaning.printed(c.get("tree"))).as(c.path("title").asText())
                        .isEqualTo(c.path("prints").asText());
                checked++;
            } catch (ExpressionMeaning.Unrepresentable e) {
                // 10^15 and more: the exponent form, written out by hand in the case itself
            }
        }
        assertThat(checked).isGreaterThan(80);
    }
}
