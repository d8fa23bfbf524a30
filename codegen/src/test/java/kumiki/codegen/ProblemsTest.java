package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import kumiki.project.Project;
import org.junit.jupiter.api.Test;

/** What {@code kumiki check} reports, in the project's language. */
class ProblemsTest {
    @Test
    void aVariableUsedAsTwoTypesIsReportedOnTheDisagreeingBlock() {
        Project p = Project.create("clash", "en").withWorkspace(Workspaces.fixture("scenario_type_clash"));
        CompileResult r = KumikiCompiler.compile(p);
        assertThat(r.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo("type-clash");
            assertThat(problem.blockId()).isEqualTo("second");
            assertThat(problem.message()).isEqualTo(
                    "The variable 'thing' holds a text here but a number somewhere else. Use one kind of value for each variable.");
        });
    }

    @Test
    void problemsComeInJapaneseForAJapaneseProject() {
        Project p = Project.create("clash", "ja").withWorkspace(Workspaces.fixture("scenario_type_clash"));
        assertThat(KumikiCompiler.compile(p).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("へんすう「thing」"));
    }

    @Test
    void anEmptyProgramIsReported() {
        CompileResult r = KumikiCompiler.compile(Project.create("empty", "en"));
        assertThat(r.problems()).extracting(Problem::kind).containsExactly("empty-program");
    }

    @Test
    void anUnknownBlockIsReportedAndNothingIsGenerated() {
        String ws = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_on_start\",\"x\":0,\"y\":0,"
                + "\"inputs\":{\"DO\":{\"block\":{\"type\":\"teleport_to_mars\"}}}}]}}";
        CompileResult r = KumikiCompiler.compile(Project.create("odd", "en").withWorkspace(ws));
        assertThat(r.unknownTypes()).containsExactly("teleport_to_mars");
        assertThat(r.code()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo("unknown-block");
            assertThat(problem.message()).contains("teleport_to_mars");
        });
    }

    @Test
    void blocksOutsideAStartBlockAreReportedAsNotRunning() {
        String ws = "{\"blocks\":{\"languageVersion\":0,\"blocks\":["
                + "{\"type\":\"kumiki_forever\",\"x\":0,\"y\":0,\"inputs\":{\"DO\":{\"block\":{\"type\":\"kumiki_stop_sound\"}}}},"
                + "{\"type\":\"kumiki_stop_sound\",\"id\":\"loose\",\"x\":300,\"y\":0}]}}";
        CompileResult r = KumikiCompiler.compile(Project.create("loose", "en").withWorkspace(ws));
        assertThat(r.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo("not-running");
            assertThat(problem.blockId()).isEqualTo("loose");
        });
        assertThat(r.code()).containsOnlyOnce("noTone(WIO_BUZZER);");
    }
}
