package kumiki.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's blocks keep Kumiki's limits before any Blockly sees them; long stacks still open and save. */
class WorkspaceLimitsTest {
    @TempDir
    Path dir;

    private static Project open(String workspace) throws ProjectException {
        String json = "{\"format\": 1, \"name\": \"x\", \"workspace\": " + workspace + "}";
        return ProjectFile.fromProjectJson(json.getBytes(StandardCharsets.UTF_8), "x.kumiki", Map.of());
    }

    private static String key(String workspace) {
        try {
            open(workspace);
            return "opened";
        } catch (ProjectException e) {
            assertThat(e.message(Locale.ENGLISH)).doesNotContain("{").isNotBlank();
            assertThat(e.message(Locale.JAPANESE)).doesNotContain("{").isNotBlank();
            return e.key();
        }
    }

    /** {"type": "kumiki_on_start", "next"...}: n print blocks in one stack under a start block. */
    static String stack(int n) {
        StringBuilder s = new StringBuilder("{\"blocks\": {\"languageVersion\": 0, \"blocks\": [{\"type\": \"kumiki_on_start\","
                + " \"x\": 0, \"y\": 0, \"inputs\": {\"DO\": {\"block\": ");
        for (int i = 0; i < n; i++) {
            s.append("{\"type\": \"kumiki_serial_print\", \"id\": \"p").append(i).append('"');
            s.append(i + 1 < n ? ", \"next\": {\"block\": " : "");
        }
        s.append("}".repeat(1 + 2 * (n - 1)));
        return s.append("}}}]}}").toString();
    }

    @Test
    void theBillionElseIfsOf319BytesAreRefusedBeforeAnyBlocklySeesThem() {
        String ws = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_on_start\",\"inputs\":{\"DO\":{\"block\":"
                + "{\"type\":\"controls_if\",\"extraState\":{\"elseIfCount\":1000000000}}}}}]}}";
        assertThat(key(ws)).isEqualTo("project.workspace.mutation");
    }

    @Test
    void everyCountSizeAndNestingAFileControlsIsBounded() {
        assertThat(key("{\"blocks\":{\"blocks\":[{\"type\":\"text_join\",\"extraState\":{\"itemCount\":201}}]}}"))
                .isEqualTo("project.workspace.mutation");
        assertThat(key("{\"blocks\":{\"blocks\":[{\"type\":\"text_join\",\"extraState\":{\"itemCount\":-1}}]}}"))
                .isEqualTo("project.workspace.mutation");
        assertThat(key("{\"blocks\":{\"blocks\":[{\"type\":\"text\",\"fields\":{\"TEXT\":\"" + "a".repeat(10_001) + "\"}}]}}"))
                .isEqualTo("project.workspace.textTooLong");
        assertThat(key("{\"blocks\":{\"blocks\":[{\"type\":\"text\",\"icons\":{\"comment\":{\"text\":\"" + "a".repeat(10_001)
                + "\"}}}]}}")).isEqualTo("project.workspace.textTooLong");
        String deep = "{\"type\":\"logic_negate\",\"inputs\":{\"BOOL\":{\"block\":".repeat(151) + "{\"type\":\"logic_boolean\"}"
                + "}}}".repeat(151);
        assertThat(key("{\"blocks\":{\"blocks\":[" + deep + "]}}")).isEqualTo("project.workspace.tooDeep");
        assertThat(key("{\"blocks\":{\"blocks\":[{\"type\":7}]}}")).isEqualTo("project.workspace.bad");
        assertThat(key("{\"blocks\":{\"blocks\":[{\"type\":\"text\",\"x\":1e308}]}}")).isEqualTo("project.workspace.bad");
        assertThat(key("{\"blocks\":{\"blocks\":\"no\"}}")).isEqualTo("project.workspace.bad");
        assertThat(key(stack(WorkspaceLimits.MAX_BLOCKS + 1))).isEqualTo("project.workspace.tooManyBlocks");
    }

    @Test
    void aStackOfTenThousandBlocksOpensAndSavesAndOpensAgain() throws Exception {
        Project project = open(stack(10_000));
        Path file = dir.resolve("song.kumiki");
        ProjectFile.write(file, project);
        Project again = ProjectFile.read(file);
        assertThat(again.workspaceJson()).isEqualTo(project.workspaceJson()).contains("\"p9999\"");
    }

    @Test
    void aFormatIsAWholeNumberFromOneUp() {
        for (String format : new String[] {"1.5", "-5", "0", "\"1\""}) {
            String json = "{\"format\": " + format + ", \"workspace\": {}}";
            assertThatThrownBy(() -> ProjectFile.fromProjectJson(json.getBytes(StandardCharsets.UTF_8), "x", Map.of()))
                    .as(format).isInstanceOf(ProjectException.class).hasFieldOrPropertyWithValue("key", "project.badFormat");
        }
        String huge = "{\"format\": 1099511627776, \"workspace\": {}}";
        assertThatThrownBy(() -> ProjectFile.fromProjectJson(huge.getBytes(StandardCharsets.UTF_8), "x", Map.of()))
                .isInstanceOf(ProjectException.class).hasFieldOrPropertyWithValue("key", "project.newerFormat")
                .hasMessageContaining("1099511627776");
    }
}
