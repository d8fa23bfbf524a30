package kumiki.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kumiki.codegen.SketchBuilder;
import kumiki.ml.synth.GestureGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs shaped to break the command line: each is exit 2 and one line in the user's words. */
class HostileCliTest extends CommandLineTest {
    @TempDir
    Path dir;

    private Path project(String name, String projectJson) throws Exception {
        Path file = dir.resolve(name + ".kumiki");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write(projectJson.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private void assertOneCleanLine(String text) {
        assertThat(text.strip()).doesNotContain("\n", "Exception", "TypeError", "SyntaxError", "at kumiki", "\u001b");
    }

    @Test
    void aProjectWithoutAWorkspaceCompilesToAnEmptyProgram() throws Exception {
        Path p = project("nows", "{\"format\":1,\"name\":\"x\"}");
        assertThat(run("check", p.toString())).isEqualTo(KumikiCli.FINDINGS);
        assertThat(out.toString()).contains("The program is empty");
        assertOneCleanLine(err.toString());
    }

    @Test
    void aLanguageNamedAfterObjectsPrototypeIsEnglish() throws Exception {
        for (String lang : new String[] {"constructor", "__proto__", "toString", "fr"}) {
            Path p = project("lang", "{\"format\":1,\"name\":\"x\",\"language\":\"" + lang + "\",\"workspace\":{}}");
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(run("check", p.toString())).as(lang).isEqualTo(KumikiCli.FINDINGS);
            assertOneCleanLine(err.toString());
            assertThat(out.toString()).as(lang).contains("The program is empty");
        }
    }

    @Test
    void theSameEntryTwiceInAProjectIsRefused() throws Exception {
        Path file = dir.resolve("twice.kumiki");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write("{\"format\":1,\"name\":\"x\",\"workspace\":{}}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("data/wave.001.csv"));
            zip.write("timestamp,value\n0,1\n10,2\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("data/WAVE.001.csv"));
            zip.write("timestamp,value\n0,9\n10,9\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.write(file, bytes.toByteArray());
        assertThat(run("check", file.toString())).isEqualTo(KumikiCli.BAD_INPUT);
        assertThat(err.toString()).contains("twice");
        assertOneCleanLine(err.toString());
    }

    @Test
    void sketchNamesAreFoldersOnEverySystem() {
        assertThat(SketchBuilder.sketchName("con")).isEqualTo("con_sketch");
        assertThat(SketchBuilder.sketchName("LPT1.txt")).isEqualTo("LPT1_txt_sketch");
        assertThat(SketchBuilder.sketchName("a.")).isEqualTo("a");
        assertThat(SketchBuilder.sketchName("a...")).isEqualTo("a");
        assertThat(SketchBuilder.sketchName("console")).isEqualTo("console");
        assertThat(SketchBuilder.sketchName(".")).isEqualTo("kumiki_sketch");
        assertThat(SketchBuilder.sketchName("x".repeat(62) + ".y")).doesNotEndWith(".");
    }

    @Test
    void compiledFilesFollowTheUmaskNotOwnerOnly() throws Exception {
        Path p = project("Hello", "{\"format\":1,\"name\":\"Hello\",\"workspace\":{}}");
        assertThat(run("compile", p.toString(), "--output", dir.resolve("out").toString())).isEqualTo(KumikiCli.OK);
        Path ino = dir.resolve("out/Hello/Hello.ino");
        // The build runs with the usual umask 022 (or 002): others may read what Kumiki writes.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ino))).startsWith("rw-r");
    }

    @Test
    void predictOnAFolderSaysItIsNotARecording() throws Exception {
        Path data = dir.resolve("data");
        GestureGenerator.standard(2).writeDataset(data, 10);
        assertThat(run("train", "--data", data.toString(), "--out", dir.resolve("m").toString(), "--epochs", "3", "--pipeline", "motion-spectral")).as(err::toString)
                .isEqualTo(KumikiCli.OK);
        err.getBuffer().setLength(0);
        assertThat(run("predict", "--model", dir.resolve("m").toString(), "--input", data.toString()))
                .isEqualTo(KumikiCli.BAD_INPUT);
        assertThat(err.toString()).contains("is not a recording file").doesNotContain("Is a directory");
        assertOneCleanLine(err.toString());
    }

    @Test
    void escapeSequencesInFileNamesNeverReachTheTerminal() throws Exception {
        Path data = dir.resolve("data");
        GestureGenerator.standard(2).writeDataset(data, 10);
        Files.writeString(data.resolve("\u001b]0;pwned\u0007wave.001.csv"), "junk");
        Files.writeString(data.resolve("wave\u009b2J.001.csv"), "junk");
        assertThat(run("train", "--data", data.toString(), "--out", dir.resolve("m").toString(), "--epochs", "3", "--pipeline", "motion-spectral")).as(err::toString)
                .isEqualTo(KumikiCli.OK);
        assertThat(out.toString() + err.toString()).doesNotContain("\u001b", "\u0007", "\u009b").contains("?]0;pwned?");
    }

    @Test
    void aModelFolderThatIsNotOneIsOneLine() throws Exception {
        Files.createDirectories(dir.resolve("m"));
        Files.write(dir.resolve("m/model.tflite"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("m/model.json"), "{\"format\": 1, \"labels\": [\"a\", \"b\"]}");
        assertThat(run("report", "--model", dir.resolve("m").toString())).isEqualTo(KumikiCli.BAD_INPUT);
        assertOneCleanLine(err.toString());
        assertThat(err.toString()).contains("model.json");
    }
}
