package kumiki.codegen.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import kumiki.codegen.CompileResult;
import kumiki.codegen.HostRunner;
import kumiki.codegen.KumikiCompiler;
import kumiki.project.Project;
import org.junit.jupiter.api.Test;

/** Loops count as Blockly counts: bounds worked out once, a conditional start keeps its meaning. */
class LoopsTest {
    private static final String VARIABLES = "\"variables\": [{\"name\": \"i\", \"id\": \"vi\"}, {\"name\": \"n\", \"id\": \"vn\"}]";

    private static HostRunner.Run run(String statements) {
        String ws = "{" + VARIABLES + ", \"blocks\": {\"languageVersion\": 0, \"blocks\": [{\"type\": \"kumiki_on_start\","
                + " \"x\": 0, \"y\": 0, \"inputs\": {\"DO\": {\"block\": " + statements + "}}}]}}";
        CompileResult compiled = KumikiCompiler.compile(Project.create("Loops", "en").withWorkspace(ws));
        assertThat(compiled.problems()).isEmpty();
        return HostRunner.run(compiled.code(), "until 1000\n");
    }

    private static String num(double n) {
        return "{\"block\": {\"type\": \"math_number\", \"fields\": {\"NUM\": " + n + "}}}";
    }

    private static String get(String id) {
        return "{\"block\": {\"type\": \"variables_get\", \"fields\": {\"VAR\": {\"id\": \"" + id + "\"}}}}";
    }

    private static String print(String value) {
        return "{\"type\": \"kumiki_serial_print\", \"inputs\": {\"TEXT\": " + value + "}}";
    }

    @Test
    void aConditionalStartValueCountsFromWhereItSays() {
        String ternary = "{\"block\": {\"type\": \"logic_ternary\", \"inputs\": {\"IF\": {\"block\": {\"type\": \"logic_boolean\","
                + " \"fields\": {\"BOOL\": \"TRUE\"}}}, \"THEN\": " + num(1) + ", \"ELSE\": " + num(5) + "}}}";
        String loop = "{\"type\": \"controls_for\", \"fields\": {\"VAR\": {\"id\": \"vi\"}}, \"inputs\": {\"FROM\": " + ternary
                + ", \"TO\": " + num(3) + ", \"BY\": " + num(1) + ", \"DO\": {\"block\": " + print(get("vi")) + "}}}";
        assertThat(run(loop).lines()).containsExactly("1", "2", "3");
    }

    @Test
    void aRepeatCountIsWorkedOutOnceEvenIfTheLoopChangesWhatItWasMadeOf() {
        // n = 3; repeat (n + 0) times: n = n + 1, print n. Blockly counts 3 times: 4, 5, 6.
        String nPlusZero = "{\"block\": {\"type\": \"math_arithmetic\", \"fields\": {\"OP\": \"ADD\"}, \"inputs\": {\"A\": "
                + get("vn") + ", \"B\": " + num(0) + "}}}";
        String change = "{\"type\": \"math_change\", \"fields\": {\"VAR\": {\"id\": \"vn\"}}, \"inputs\": {\"DELTA\": " + num(1)
                + "}, \"next\": {\"block\": " + print(get("vn")) + "}}";
        String repeat = "{\"type\": \"controls_repeat_ext\", \"inputs\": {\"TIMES\": " + nPlusZero + ", \"DO\": {\"block\": "
                + change + "}}}";
        String program = "{\"type\": \"variables_set\", \"fields\": {\"VAR\": {\"id\": \"vn\"}}, \"inputs\": {\"VALUE\": " + num(3)
                + "}, \"next\": {\"block\": " + repeat + "}}";
        assertThat(run(program).lines()).containsExactly("4", "5", "6");
    }

    @Test
    void aForLoopWithWorkedOutBoundsCountsDownWhenTheEndIsBelowTheStart() {
        // for i from (n + 0) to 1 by 1, with n = 3: Blockly goes 3, 2, 1.
        String nPlusZero = "{\"block\": {\"type\": \"math_arithmetic\", \"fields\": {\"OP\": \"ADD\"}, \"inputs\": {\"A\": "
                + get("vn") + ", \"B\": " + num(0) + "}}}";
        String loop = "{\"type\": \"controls_for\", \"fields\": {\"VAR\": {\"id\": \"vi\"}}, \"inputs\": {\"FROM\": " + nPlusZero
                + ", \"TO\": " + num(1) + ", \"BY\": " + num(1) + ", \"DO\": {\"block\": " + print(get("vi")) + "}}}";
        String program = "{\"type\": \"variables_set\", \"fields\": {\"VAR\": {\"id\": \"vn\"}}, \"inputs\": {\"VALUE\": " + num(3)
                + "}, \"next\": {\"block\": " + loop + "}}";
        assertThat(run(program).lines()).containsExactly("3", "2", "1");
    }
}
