package kumiki.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kumiki.codegen.KumikiCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzz of lesson packs, starting from a real lesson of the curriculum: its lesson.json, its
 * Markdown and the zip itself are damaged 2,000 times. Each pack opens and validates, or is refused
 * with a LessonException; nothing else escapes, nothing hangs, and nothing outside the pack changes.
 */
@Timeout(300)
class LessonFuzzTest {
    @TempDir
    Path tmp;

    @Test
    void fuzzedLessonPacksAreRefusedOrValidated() throws Exception {
        Map<String, byte[]> seed = BundledLessons.load(BundledLessons.IDS.get(1)).pack().files();
        Set<String> types = new HashSet<>(KumikiCompiler.blockTypes());
        LessonValidator validator = new LessonValidator(types, new LessonChecker(BlockLabels.headless()), Locale.ENGLISH);
        Random r = new Random(20261201);
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "untouched");
        int refused = 0;
        for (int i = 0; i < 2000; i++) {
            Map<String, byte[]> files = new LinkedHashMap<>(seed);
            byte[] zip;
            int kind = i % 4;
            if (kind == 0) {
                files.put("lesson.json", jsonMutation(new String(seed.get("lesson.json"), StandardCharsets.UTF_8), r));
            } else if (kind == 1) {
                String md = r.nextBoolean() ? "en.md" : "ja.md";
                files.put(md, markdownMutation(new String(seed.get(md), StandardCharsets.UTF_8), r));
            }
            zip = HostilePackTest.zipBytes(files);
            if (kind >= 2) {
                zip = byteMutation(zip, r);
            }
            Path pack = tmp.resolve("fuzz" + LessonPack.EXTENSION);
            Files.write(pack, zip);
            long t0 = System.nanoTime();
            try {
                Lesson lesson = LessonLoader.load(LessonPack.open(pack));
                List<LessonProblem> problems = validator.validate(lesson);
                assertThat(problems).isNotNull();
            } catch (LessonException e) {
                refused++;
                assertThat(e.message(Locale.ENGLISH)).doesNotContain("\n", "Exception");
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutation " + i + " escaped as " + e, e);
            }
            assertThat((System.nanoTime() - t0) / 1e9).as("mutation %d", i).isLessThan(10);
        }
        assertThat(refused).isGreaterThan(300);
        assertThat(Files.readString(outside)).isEqualTo("untouched");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("outside.txt",
                    "fuzz" + LessonPack.EXTENSION);
        }
    }

    private static final String[] JSON_JUNK = {"null", "[]", "{}", "-1", "1e309", "\"\"", "[1,2,3]", "\"x\"", "true",
        "{\"a\":" .repeat(50) + "1" + "}".repeat(50), "\"\\u0000\"", "99999999999999999999"};

    private static byte[] jsonMutation(String json, Random r) {
        // Replace one value (after a colon or in an array) with junk, or cut the text.
        StringBuilder b = new StringBuilder(json);
        if (r.nextInt(5) == 0) {
            b.setLength(r.nextInt(b.length()));
        } else {
            int at = b.indexOf(":", r.nextInt(b.length()));
            if (at < 0) {
                at = b.indexOf(":");
            }
            int end = at + 1;
            while (end < b.length() && ",}]".indexOf(b.charAt(end)) < 0) {
                end++;
            }
            b.replace(at + 1, end, JSON_JUNK[r.nextInt(JSON_JUNK.length)]);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] MD_JUNK = {"![", "<a", "## ", "# ", "```", "![x](../../etc/passwd)", "![x](http://e.com/a.png)",
        "<script>", "\u0000", "`", "*", "[", "](", "\r", "![" .repeat(5000), "## step\n".repeat(300)};

    private static byte[] markdownMutation(String md, Random r) {
        StringBuilder b = new StringBuilder(md);
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
            b.insert(r.nextInt(b.length() + 1), MD_JUNK[r.nextInt(MD_JUNK.length)]);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] byteMutation(byte[] in, Random r) {
        byte[] b = in.clone();
        if (r.nextInt(4) == 0) {
            return java.util.Arrays.copyOf(b, r.nextInt(b.length));
        }
        for (int k = 1 + r.nextInt(6); k > 0; k--) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }
}
