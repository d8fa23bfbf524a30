package kumiki.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kumiki.codegen.KumikiCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson pack from a stranger is hostile input: each attack is refused or neutralised, with a clear message. */
class HostilePackTest {
    @TempDir
    Path tmp;

    static final String LESSON_JSON = "{\"format\":1,\"id\":\"x\",\"title\":{\"en\":\"X\",\"ja\":\"X\"},\"steps\":[{\"id\":\"a\",\"check\":[]}]}";

    static Map<String, byte[]> good() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("lesson.json", LESSON_JSON.getBytes(StandardCharsets.UTF_8));
        files.put("en.md", "# X\n\n## A\n\nDo it.\n".getBytes(StandardCharsets.UTF_8));
        files.put("ja.md", "# X\n\n## A\n\nやってみよう。\n".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    Path zip(String name, Map<String, byte[]> files) throws IOException {
        Path p = tmp.resolve(name + LessonPack.EXTENSION);
        Files.write(p, zipBytes(files));
        return p;
    }

    static byte[] zipBytes(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String message(Path pack) {
        try {
            LessonLoader.load(LessonPack.open(pack));
            return null;
        } catch (LessonException e) {
            return e.message(Locale.ENGLISH);
        }
    }

    @Test
    void aGoodPackOpens() throws Exception {
        assertThat(message(zip("good", good()))).isNull();
    }

    @Test
    void zipSlipAndAbsolutePathsAreRefused() throws Exception {
        for (String evil : List.of("../../.bashrc", "/etc/cron.d/x", "images/../../x.png", "C:/Windows/x")) {
            Map<String, byte[]> files = good();
            files.put(evil, new byte[] {1});
            assertThat(message(zip("slip", files))).as(evil).contains("points outside the lesson", evil);
        }
    }

    @Test
    void aSymlinkInsideAZipIsRefused() throws Exception {
        Map<String, byte[]> files = good();
        files.put("images/passwd.png", "/etc/passwd".getBytes(StandardCharsets.US_ASCII));
        byte[] zip = zipBytes(files);
        markAsUnixSymlink(zip, "images/passwd.png");
        Path p = tmp.resolve("link" + LessonPack.EXTENSION);
        Files.write(p, zip);
        assertThat(message(p)).contains("contains a link (images/passwd.png)");
    }

    @Test
    void aSymlinkInsideAFolderIsRefused() throws Exception {
        Path dir = tmp.resolve("folder");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : good().entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        Files.createSymbolicLink(dir.resolve("secret.png"), Path.of("/etc/passwd"));
        assertThat(message(dir)).contains("contains a link (secret.png)");
    }

    @Test
    void zipBombsStopAtTheLimitWhateverTheHeadersSay() throws Exception {
        Map<String, byte[]> one = good();
        one.put("images/big.png", new byte[50 << 20]);   // 50 MB of zeros: about 50 KB zipped
        Path bomb = zip("bomb", one);
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertThat(message(bomb)).contains("'images/big.png' is larger than 4 MB unpacked");

        Map<String, byte[]> many = good();
        for (int i = 0; i < 12; i++) {
            many.put("images/part" + i + ".png", new byte[3 << 20]);
        }
        assertThat(message(zip("many", many))).contains("is larger than 32 MB unpacked");
    }

    @Test
    void malformedAndAbsurdlyNestedJsonIsRefusedWithTheLine() throws Exception {
        Map<String, byte[]> files = good();
        files.put("lesson.json", "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"title\": {\"en\": \"X\",\n}".getBytes(StandardCharsets.UTF_8));
        assertThat(message(zip("bad", files))).startsWith("lesson.json, line 5: this JSON cannot be read");

        files.put("lesson.json", ("{\"format\":1,\"id\":\"x\",\"deep\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(message(zip("deep", files))).startsWith("lesson.json: this JSON cannot be read (Document nesting depth");
    }

    @Test
    void htmlRemoteAndHugeImagesAreReportedAndNeverLoaded() throws Exception {
        Map<String, byte[]> files = good();
        files.put("en.md", ("# X\n\n## A\n\n<script>alert('hi')</script>\n![cat](https://example.com/cat.png)\n"
                + "![big](big.png)\n![gone](missing.png)\n![fake](notes.png)\n").getBytes(StandardCharsets.UTF_8));
        files.put("big.png", png(10_000, 10_000));
        files.put("notes.png", "not an image".getBytes(StandardCharsets.UTF_8));
        Lesson lesson = LessonLoader.load(LessonPack.open(zip("html", files)));
        List<LessonProblem> problems = new LessonValidator(new HashSet<>(KumikiCompiler.blockTypes()),
                new LessonChecker(BlockLabels.headless()), Locale.ENGLISH).validate(lesson);
        assertThat(problems).extracting(LessonProblem::toString).containsExactly(
                "en.md:5: note: HTML is shown as plain text in lessons, never run; write Markdown instead.",
                "en.md:6: The image https://example.com/cat.png is on the internet; lessons only show images inside the lesson.",
                "en.md:7: The image big.png is 10000×10000; images may be at most 2048×2048 pixels and 1 MB.",
                "en.md:8: The image missing.png is not in the lesson.",
                "en.md:9: notes.png is not a PNG, JPEG or GIF image.");
    }

    @Test
    void aPngWhoseSizeReadsAsNegativeIsNoImage() throws Exception {
        assertThat(ImageInfo.dimensions(png(-1, -1))).isNull();
        assertThat(ImageInfo.dimensions(png(100, 0))).isNull();
        assertThat(ImageInfo.isShowable(png(-1, 5), 2048, 1 << 20)).isFalse();
        assertThat(ImageInfo.isShowable(png(2048, 2048), 2048, 1 << 20)).isTrue();
        Map<String, byte[]> files = good();
        files.put("en.md", "# X\n\n## A\n\n![huge](neg.png)\n".getBytes(StandardCharsets.UTF_8));
        files.put("neg.png", png(-1, -1)); // 0xFFFFFFFF by 0xFFFFFFFF
        Lesson lesson = LessonLoader.load(LessonPack.open(zip("neg", files)));
        List<LessonProblem> problems = new LessonValidator(new HashSet<>(KumikiCompiler.blockTypes()),
                new LessonChecker(BlockLabels.headless()), Locale.ENGLISH).validate(lesson);
        assertThat(problems).extracting(LessonProblem::toString)
                .containsExactly("en.md:5: neg.png is not a PNG, JPEG or GIF image.");
    }

    @Test
    void theSameFileTwiceInAPackIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : good().entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("EN.md"));
            z.write("# Y\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path p = tmp.resolve("twice" + LessonPack.EXTENSION);
        Files.write(p, out.toByteArray());
        assertThat(message(p)).contains("twice");
    }

    /** Just a PNG signature and header: enough to state a size, nothing to decode. */
    static byte[] png(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(33).order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(w).putInt(h).put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0).putInt(0);
        return b.array();
    }

    /** Sets "made by Unix" and mode 0120777 (a symbolic link) on one entry of the central directory. */
    static void markAsUnixSymlink(byte[] zip, String name) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 46 < zip.length; p++) {
            if (b.getInt(p) != 0x02014b50) {
                continue;
            }
            int n = b.getShort(p + 28) & 0xFFFF;
            if (n == wanted.length && new String(zip, p + 46, n, StandardCharsets.UTF_8).equals(name)) {
                b.putShort(p + 4, (short) (3 << 8 | 20));
                b.putInt(p + 38, 0120777 << 16);
                return;
            }
        }
        throw new AssertionError("entry not found");
    }

    @Test
    void stepsAndChecksOfTheWrongShapeAreRefusedNotReportedReady() throws Exception {
        Map<String, byte[]> files = good();
        files.put("lesson.json", "{\"format\":1,\"id\":\"x\",\"title\":{\"en\":\"X\"},\"steps\":[1,2,3]}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(message(zip("numbers", files))).contains("steps[1]");
        files.put("lesson.json", "{\"format\":1,\"id\":\"x\",\"title\":{\"en\":\"X\"},\"steps\":[{\"id\":\"a\",\"check\":\"x\"}]}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(message(zip("check", files))).startsWith("lesson.json, step 1: a check must name a block");
        files.put("lesson.json", ("{\"format\":1,\"id\":\"x\",\"title\":{\"en\":\"X\"},\"steps\":[{\"id\":\"a\",\"check\":[],"
                + "\"solution\":{\"blocks\":{\"blocks\":[{\"type\":\"controls_if\",\"extraState\":{\"elseIfCount\":1000000000}}]}}}]}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(message(zip("mutation", files))).contains("steps[1].solution").contains("larger than Kumiki opens");
    }
}
