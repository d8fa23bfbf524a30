package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every block type in the toolbox: its generated C++ equals a read-and-approved
 * golden file, and that C++ compiles with g++ against the Wio Terminal stand-ins.
 */
class BlockGoldenTest {
    static HeadlessBlockly blockly;

    @BeforeAll
    static void start() {
        blockly = new HeadlessBlockly();
    }

    @AfterAll
    static void stop() {
        blockly.close();
    }

    static Stream<String> blockTypes() {
        try (HeadlessBlockly b = new HeadlessBlockly()) {
            return b.blockTypes().stream();
        }
    }

    static Stream<String> scenarios() {
        return Stream.of("scenario_text_compare", "scenario_type_clash", "scenario_two_handlers_one_button",
                "scenario_empty_inputs");
    }

    @Test
    void everyToolboxBlockIsCovered() {
        List<String> types = blockly.blockTypes();
        assertThat(types).contains("kumiki_on_start", "kumiki_screen_text", "controls_repeat_ext",
                "procedures_defreturn", "kumiki_serial_plot", "kumiki_pwm_write");
        assertThat(types).hasSizeGreaterThan(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blockTypes")
    void blockGeneratesApprovedCodeThatCompiles(String type) throws Exception {
        String workspace = Workspaces.forBlock(blockly, type);
        // Teach blocks use the project's model: a gesture model trained with fixed seeds, its headers beside the .ino.
        boolean teach = type.startsWith("kumiki_teach_");
        TeachModels.Trained model = teach ? TeachModels.motion("motion-robust") : null;
        CompileResult result = teach ? blockly.compile(workspace, "en", model.assets()) : blockly.compile(workspace, "en");
        assertThat(result.unknownTypes()).isEmpty();
        assertThat(result.code()).as("the block produced code").isNotBlank();
        Golden.assertMatches("blocks/" + type + ".ino", result.code());
        java.util.Map<String, byte[]> beside = teach ? TeachFiles.of(model.project(), java.util.Locale.ENGLISH) : java.util.Map.of();
        assertThat(Gxx.syntaxErrors(result.code(), beside)).as("g++ -fsyntax-only for %s", type).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioGeneratesApprovedCodeThatCompiles(String name) throws Exception {
        CompileResult result = blockly.compile(Workspaces.fixture(name), "en");
        Golden.assertMatches("scenarios/" + name + ".ino", result.code());
        assertThat(Gxx.syntaxErrors(result.code())).as("g++ -fsyntax-only for %s", name).isEmpty();
    }
}
