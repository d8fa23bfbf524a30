package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library shaped like tflm_cortexm 1.0.0: two sources with one file name in different folders,
 * includes from the library's root, dot_a_linkage=true. Built the way the Arduino builders build a
 * library (one object per file name in an archive), the link misses a symbol; copied into the sketch
 * by Kumiki and built as sketch code (each object by its path, only the sketch folder on the include
 * path), the program links and prints what both files compute.
 */
class VendoredLibraryTest {
    @TempDir
    Path dir;

    private Path library() throws IOException {
        Path lib = dir.resolve("libraries/fakelib");
        write(lib.resolve("library.properties"), "name=fakelib\nversion=1.0.0\ndot_a_linkage=true\n");
        write(lib.resolve("src/fakelib.h"), "#pragma once\n#include \"core/api.h\"\n");
        write(lib.resolve("src/core/api.h"), "#pragma once\n#include <stdint.h>\nint32_t lite();\nint32_t micro();\n");
        // Root-relative, beside-the-file and angle-bracket includes, as TFLM has them.
        write(lib.resolve("src/lite/kernel_util.cpp"), "#include \"core/api.h\"\nint32_t lite() { return 7; }\n");
        write(lib.resolve("src/micro/kernel_util.cpp"),
                "#include <core/api.h>\n#include \"local.h\"\n#  include \"micro/local.h\"\nint32_t micro() { return LOCAL * 5; }\n");
        write(lib.resolve("src/micro/local.h"), "#pragma once\n#define LOCAL 7\n");
        write(lib.resolve("src/LICENSE"), "Apache-2.0\n");
        Files.createDirectories(lib.resolve("src/cortex-m4"));
        Files.write(lib.resolve("src/cortex-m4/libfakelib.a"), new byte[] {'!', '<', 'a', 'r', 'c', 'h', '>', '\n'});
        return lib;
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static final String SKETCH = "#include <fakelib.h>\n#include <stdio.h>\nint main() { printf(\"%d\\n\", (int)(lite() + micro())); return 0; }\n";

    private static String run(Path workDir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() + ":" + out;
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".cpp")).sorted().toList();
        }
    }

    @Test
    void asAnArchiveByFileNameTheLinkFails() throws Exception {
        // What dot_a_linkage does: every object named after its file, one archive; the second
        // kernel_util.o replaces the first.
        Path lib = library();
        Path objects = Files.createDirectories(dir.resolve("archive"));
        for (Path src : sources(lib.resolve("src"))) {
            String object = src.getFileName().toString().replace(".cpp", ".o");
            assertThat(run(objects, List.of("g++", "-c", "-I", lib.resolve("src").toString(), src.toString(), "-o", object)))
                    .startsWith("0:");
        }
        assertThat(run(objects, List.of("ar", "rcs", "libfakelib.a", "kernel_util.o"))).startsWith("0:");
        Files.writeString(objects.resolve("main.cpp"), SKETCH);
        assertThat(run(objects, List.of("g++", "-I", lib.resolve("src").toString(), "main.cpp", "libfakelib.a", "-o", "main")))
                .doesNotStartWith("0:").contains("undefined reference to `lite()'");
    }

    @Test
    void copiedIntoTheSketchItLinksWithOnlyTheSketchOnTheIncludePath() throws Exception {
        Path lib = library();
        Path out = dir.resolve("out");
        Path ino = SketchBuilder.of("Fake", SKETCH, List.of(new Library("fakelib", "1.0.0"), new Library("Other", "2.0.0")))
                .vendoring("fakelib", lib).writeTo(out);
        Path sketch = ino.getParent();
        assertThat(Files.readString(ino)).contains("#include \"src/fakelib/fakelib.h\"").doesNotContain("<fakelib.h>");
        assertThat(Files.readString(sketch.resolve("sketch.yaml"))).doesNotContain("fakelib").contains("- Other (2.0.0)");
        Path copy = sketch.resolve("src/fakelib");
        assertThat(Files.readString(copy.resolve("micro/kernel_util.cpp")))
                .contains("#include \"../core/api.h\"").contains("#include \"local.h\"").contains("#  include \"local.h\"");
        assertThat(copy.resolve("LICENSE")).exists();
        assertThat(copy.resolve("cortex-m4")).doesNotExist(); // its prebuilt archive is not sketch code

        // Built as arduino-cli builds a sketch: each source to an object of its own path.
        Path build = Files.createDirectories(dir.resolve("build"));
        List<String> objects = new ArrayList<>();
        for (Path src : sources(sketch.resolve("src"))) {
            String object = build.resolve(sketch.relativize(src).toString().replace('/', '_') + ".o").toString();
            assertThat(run(sketch, List.of("g++", "-c", "-I", sketch.toString(), src.toString(), "-o", object))).startsWith("0:");
            objects.add(object);
        }
        Files.copy(ino, build.resolve("Fake.ino.cpp"));
        List<String> link = new ArrayList<>(List.of("g++", "-I", sketch.toString(), "Fake.ino.cpp"));
        link.addAll(objects);
        link.addAll(List.of("-o", "fake"));
        assertThat(run(build, link)).startsWith("0:");
        assertThat(run(build, List.of("./fake"))).isEqualTo("0:42\n");
    }

    @Test
    void aSecondExportReplacesTheCopyAndLinksOutOfTheLibraryAreNotFollowed() throws Exception {
        Path lib = library();
        Path out = dir.resolve("out");
        SketchBuilder b = SketchBuilder.of("Fake", SKETCH, List.of(new Library("fakelib", "1.0.0"))).vendoring("fakelib", lib);
        Path sketch = b.writeTo(out).getParent();
        Files.writeString(sketch.resolve("src/fakelib/stale.h"), "left from before\n");
        Path outside = Files.writeString(dir.resolve("secret.h"), "not the library's\n");
        Files.createSymbolicLink(lib.resolve("src/secret.h"), outside);
        b.writeTo(out);
        assertThat(sketch.resolve("src/fakelib/stale.h")).doesNotExist();
        assertThat(sketch.resolve("src/fakelib/secret.h")).doesNotExist();
        assertThat(sketch.resolve("src/fakelib/core/api.h")).exists();
    }

    @Test
    void aLibraryBeyondTheBoundsIsRefusedBeforeAnythingIsCopied() throws Exception {
        Path lib = library();
        for (int i = 0; i <= VendoredLibrary.MAX_FILES; i++) {
            Files.writeString(lib.resolve("src/many" + i + ".h"), "");
        }
        Path sketch = Files.createDirectories(dir.resolve("sketch"));
        assertThatThrownBy(() -> VendoredLibrary.copy(lib, sketch, "fakelib")).isInstanceOf(IOException.class)
                .hasMessageContaining("larger than a library Kumiki copies");
        assertThat(sketch.resolve("src")).doesNotExist();
    }

    @Test
    void aSketchThatDoesNotUseTheLibraryIsLeftAlone() throws Exception {
        Path ino = SketchBuilder.of("Plain", "void setup() {}\nvoid loop() {}\n", List.of())
                .vendoring("fakelib", library()).writeTo(dir.resolve("plain"));
        assertThat(ino.getParent().resolve("src")).doesNotExist();
    }
}
