package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import kumiki.project.Project;
import org.junit.jupiter.api.Test;

/** Workspace JSON that joins blocks impossibly (hand-edited, or from a broken tool) is one sentence naming the block. */
class BadShapeTest {
    static final String HAT_WITH_NEXT = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_forever\","
            + "\"x\":0,\"y\":0,\"next\":{\"block\":{\"type\":\"kumiki_forever\"}}}]}}";

    @Test
    void aStartBlockWithABlockBelowItIsNamedInOneLineInBothLanguages() {
        CompileResult en = KumikiCompiler.compile(Project.create("Bad", "en").withWorkspace(HAT_WITH_NEXT));
        assertThat(en.code()).isEmpty();
        assertThat(en.refusal()).get().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("bad-shape");
            assertThat(p.message()).startsWith("The block \"forever\" is joined to another").doesNotContain("\n")
                    .doesNotContain("Error").doesNotContain("kumiki_forever");
        });
        assertThat(en.problems()).extracting(Problem::kind).containsExactly("bad-shape");
        CompileResult ja = KumikiCompiler.compile(Project.create("Bad", "ja").withWorkspace(HAT_WITH_NEXT));
        assertThat(ja.refusal()).get().satisfies(p -> assertThat(p.message()).startsWith("ブロック「ずっと」が"));
    }

    /** A number block put in a stack, where only statements go. */
    @Test
    void aValueBlockInAStackIsNamedToo() {
        String json = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_forever\",\"x\":0,\"y\":0,"
                + "\"inputs\":{\"DO\":{\"block\":{\"type\":\"math_number\",\"fields\":{\"NUM\":7}}}}}]}}";
        CompileResult r = KumikiCompiler.compile(Project.create("Bad", "en").withWorkspace(json));
        assertThat(r.refusal()).get().satisfies(p -> assertThat(p.kind()).isEqualTo("bad-shape"));
        assertThat(r.refusal().get().message()).doesNotContain("\n");
    }
}
