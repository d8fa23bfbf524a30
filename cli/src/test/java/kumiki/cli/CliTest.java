package kumiki.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kumiki.codegen.Samples;
import kumiki.codegen.Workspaces;
import kumiki.project.Project;
import kumiki.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest extends CommandLineTest {
    @TempDir
    Path dir;



    @Test
    void compileWritesTheSketchFolderAndSketchYaml() throws Exception {
        Path project = Samples.asFile("light-meter", dir);
        int code = run("compile", project.toString(), "-o", dir.resolve("out").toString());
        assertThat(code).isZero();
        Path ino = dir.resolve("out/Light_meter/Light_meter.ino");
        assertThat(ino).exists();
        assertThat(Files.readString(ino)).contains("void setup()").contains("analogRead(WIO_LIGHT)");
        String yaml = Files.readString(dir.resolve("out/Light_meter/sketch.yaml"));
        assertThat(yaml).contains("fqbn: Seeeduino:samd:seeed_wio_terminal").contains("default_fqbn: Seeeduino:samd:seeed_wio_terminal");
        assertThat(out.toString()).contains(ino.toString());
    }

    @Test
    void sketchYamlNamesTheLibrariesTheBlocksUse() throws Exception {
        String ws = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_forever\",\"x\":0,\"y\":0,"
                + "\"inputs\":{\"DO\":{\"block\":{\"type\":\"kumiki_serial_print\",\"inputs\":{\"TEXT\":{\"block\":"
                + "{\"type\":\"kumiki_acceleration\",\"fields\":{\"AXIS\":\"Z\"}}}}}}}}]}}";
        Path project = dir.resolve("tilt.kumiki");
        ProjectFile.write(project, Project.create("Tilt", "en").withWorkspace(ws));
        assertThat(run("compile", project.toString(), "-o", dir.toString())).isZero();
        assertThat(Files.readString(dir.resolve("Tilt/sketch.yaml")))
                .contains("- Grove-3-Axis-Digital-Accelerometer-2g-to-16g-LIS3DHTR (1.2.3)");
    }

    @Test
    void compileJsonIsMachineReadable() throws Exception {
        Path project = Samples.asFile("hello-screen", dir);
        assertThat(run("compile", project.toString(), "-o", dir.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("ok").asBoolean()).isTrue();
        assertThat(Path.of(json.path("sketch").asText())).exists();
        assertThat(json.path("problems").size()).isZero();
    }

    @Test
    void checkPassesACleanProjectAndFlagsProblemsWithExitCode1() throws Exception {
        assertThat(run("check", Samples.asFile("button-piano", dir).toString())).isZero();
        assertThat(out.toString()).contains("No problems");

        Path clash = dir.resolve("clash.kumiki");
        ProjectFile.write(clash, Project.create("Clash", "en").withWorkspace(Workspaces.fixture("scenario_type_clash")));
        out.getBuffer().setLength(0);
        assertThat(run("check", clash.toString(), "--json")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("ok").asBoolean()).isFalse();
        assertThat(json.path("problems").get(0).path("kind").asText()).isEqualTo("type-clash");
    }

    @Test
    void badInputExitsWith2AndOneClearLine() throws Exception {
        Path junk = dir.resolve("junk.kumiki");
        Files.writeString(junk, "not a project");
        assertThat(run("compile", junk.toString(), "-o", dir.toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("Error: ").contains("junk.kumiki"));

        err.getBuffer().setLength(0);
        assertThat(run("check", dir.resolve("missing.kumiki").toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);

        err.getBuffer().setLength(0);
        assertThat(run("compile", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Error: ");
    }

    @Test
    void anUnknownBlockMakesCompileFailAsBadInput() throws Exception {
        String ws = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"future_block\",\"x\":0,\"y\":0}]}}";
        Path p = dir.resolve("future.kumiki");
        ProjectFile.write(p, Project.create("Future", "en").withWorkspace(ws));
        assertThat(run("compile", p.toString(), "-o", dir.toString(), "--json")).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(out.toString()).path("error").path("message").asText()).contains("future_block");
        assertThat(dir.resolve("Future")).doesNotExist();
    }

    /** The samples are kept as folders with project.json; compile and check take such a folder as they take a file. */
    @Test
    void compileAndCheckTakeAProjectFolder() throws Exception {
        Path folder = Path.of("../samples/hello-screen");
        assertThat(run("compile", folder.toString(), "-o", dir.resolve("out").toString())).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("out/Hello_screen/Hello_screen.ino"))).contains("void setup()");
        assertThat(run("check", folder.toString())).as(err.toString()).isZero();
        Path empty = Files.createDirectories(dir.resolve("not-a-project"));
        assertThat(run("compile", empty.toString(), "-o", dir.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement().satisfies(l -> assertThat(l).contains("project.json"));
    }

    /** A start block given a block below it (a hand-edited file) is one line naming the block, not a script error. */
    @Test
    void aWronglyJoinedWorkspaceIsOneLineNamingTheBlock() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("bad-shape"));
        Files.writeString(folder.resolve("project.json"), "{\"format\":1,\"name\":\"Bad\",\"language\":\"en\",\"workspace\":"
                + "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_forever\",\"x\":0,\"y\":0,"
                + "\"next\":{\"block\":{\"type\":\"kumiki_forever\"}}}]}}}");
        assertThat(run("compile", folder.toString(), "-o", dir.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("The block \"forever\" is joined to another").doesNotContain("ScriptFailedException"));
        assertThat(dir.resolve("out/Bad")).doesNotExist();
    }
}
