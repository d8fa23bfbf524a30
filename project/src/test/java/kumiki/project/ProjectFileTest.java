package kumiki.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @TempDir
    Path dir;

    static final String WORKSPACE = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_on_start\",\"id\":\"s\",\"x\":10,\"y\":20}]}}";

    @Test
    void saveThenOpenGivesTheSameProject() throws Exception {
        Project p = Project.create("My game", "ja").withWorkspace(WORKSPACE)
                .withFile("data/wave.001.csv", "timestamp,accX,accY,accZ\n0,0.1,0.2,0.9\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("game.kumiki");
        ProjectFile.write(file, p);
        Project back = ProjectFile.read(file);
        assertThat(back.name()).isEqualTo("My game");
        assertThat(back.language()).isEqualTo("ja");
        assertThat(back.workspaceJson()).isEqualTo(p.workspaceJson());
        assertThat(back.files()).containsKey("data/wave.001.csv");
        assertThat(new String(back.files().get("data/wave.001.csv"), StandardCharsets.UTF_8)).startsWith("timestamp,accX");
        // Saving the same project twice gives identical bytes: no timestamps inside.
        Path again = dir.resolve("again.kumiki");
        ProjectFile.write(again, back);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotAZipIsRefusedClearly() throws Exception {
        Path file = dir.resolve("broken.kumiki");
        Files.writeString(file, "this is not a zip at all");
        assertThatThrownBy(() -> ProjectFile.read(file))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.key()).isEqualTo("project.notZip");
                    assertThat(e.message(Locale.ENGLISH)).contains("broken.kumiki").contains("not a Kumiki project");
                    assertThat(e.message(Locale.JAPANESE)).contains("broken.kumiki").contains("ありません");
                });
    }

    @Test
    void aTruncatedZipIsRefusedClearly() throws Exception {
        Path good = dir.resolve("good.kumiki");
        ProjectFile.write(good, Project.create("x", "en").withWorkspace(WORKSPACE));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.kumiki");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ProjectFile.read(cut)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.key()).isEqualTo("project.notZip"));
    }

    @Test
    void aZipWithoutProjectJsonIsRefused() throws Exception {
        Path file = zip("empty.kumiki", "readme.txt", "hello");
        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.key()).isEqualTo("project.noProjectJson"));
    }

    @Test
    void damagedProjectJsonIsRefused() throws Exception {
        Path file = zip("bad.kumiki", "project.json", "{\"format\": 1, \"workspace\": ");
        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.key()).isEqualTo("project.badJson"));
    }

    @Test
    void aNewerFormatIsRefusedWithAnUpdateHint() throws Exception {
        Path file = zip("future.kumiki", "project.json", "{\"format\": 99, \"name\": \"x\", \"workspace\": {}}");
        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOfSatisfying(ProjectException.class, e -> {
            assertThat(e.key()).isEqualTo("project.newerFormat");
            assertThat(e.message(Locale.ENGLISH)).contains("newer Kumiki").contains("99");
        });
    }

    @Test
    void aMissingFormatIsRefused() throws Exception {
        Path file = zip("noformat.kumiki", "project.json", "{\"name\": \"x\"}");
        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.key()).isEqualTo("project.badFormat"));
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.kumiki");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(100L << 20); // sparse: costs no disk
        }
        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOfSatisfying(ProjectException.class, e -> {
            assertThat(e.key()).isEqualTo("project.tooLarge");
            assertThat(e.message(Locale.ENGLISH)).contains("100 MB");
        });
    }

    @Test
    void aZipBombEntryIsRefused() throws Exception {
        Path file = dir.resolve("bomb.kumiki");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write("{\"format\":1,\"workspace\":{}}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("data/zeros.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros); // 300 MB of zeros compresses to well under a megabyte
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(2L << 20);
        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.key()).isEqualTo("project.entryTooLarge"));
    }

    @Test
    void pathTraversalNamesAreRefused() throws Exception {
        Path file = zip("slip.kumiki", "project.json", "{\"format\":1,\"workspace\":{}}", "data/../../evil.sh", "x");
        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.key()).isEqualTo("project.badEntry"));
        assertThat(SafeZip.isSafeName("/etc/passwd")).isFalse();
        assertThat(SafeZip.isSafeName("C:/x")).isFalse();
        assertThat(SafeZip.isSafeName("data\\..\\x")).isFalse();
        assertThat(SafeZip.isSafeName("data/wave.001.csv")).isTrue();
    }

    @Test
    void aSaveThatFailsMidwayLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("keep.kumiki");
        ProjectFile.write(file, Project.create("Version 1", "en").withWorkspace(WORKSPACE));
        byte[] before = Files.readAllBytes(file);

        Project bigger = Project.create("Version 2", "en").withWorkspace(WORKSPACE)
                .withFile("data/big.csv", randomBytes(200_000));
        assertThatThrownBy(() -> ProjectFile.write(file, bigger, out -> new FailAfter(out, 1000)))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    assertThat(e.key()).isEqualTo("project.saveFailed");
                    assertThat(e.message(Locale.ENGLISH)).contains("earlier copy");
                });

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(ProjectFile.read(file).name()).isEqualTo("Version 1");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("keep.kumiki");
        }
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new java.util.Random(42).nextBytes(b); // random data does not compress, so the writer really reaches the failure
        return b;
    }

    /** A disk that fills up after {@code limit} bytes. */
    static final class FailAfter extends FilterOutputStream {
        private long left;

        FailAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
