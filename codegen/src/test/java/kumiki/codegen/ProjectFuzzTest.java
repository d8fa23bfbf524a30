package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kumiki.project.BundledSamples;
import kumiki.project.Project;
import kumiki.project.ProjectException;
import kumiki.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzz of project files, from the bundled samples: values in project.json replaced with
 * junk (wrong types, huge counts, deep nesting), and zip bytes damaged. Each file opens or is
 * refused with a ProjectException; an opened one compiles to a result (some are compiled, as the
 * editor and check would), never to another exception; the file itself is never changed.
 */
@Timeout(600)
class ProjectFuzzTest {
    @TempDir
    Path tmp;

    private static final String[] JUNK = {"null", "[]", "{}", "-1", "0", "1e309", "\"\"", "\"__proto__\"", "\"constructor\"",
        "{\"elseIfCount\":1000000000}", "{\"itemCount\":-5}", "[1,2,3]", "true", "\"" + "a".repeat(20_000) + "\"",
        "{\"block\":{\"type\":\"controls_if\"}}", "{\"block\":{\"type\":\"nope\"}}", "99999999999999999999",
        "{\"a\":".repeat(400) + "1" + "}".repeat(400)};

    @Test
    void fuzzedProjectsOpenAndCompileOrAreRefused() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (String id : BundledSamples.IDS) {
            seeds.add(Files.readString(Path.of(System.getProperty("kumiki.samples"), id, "project.json")));
        }
        Random r = new Random(20261201);
        Path file = tmp.resolve("fuzz.kumiki");
        int refused = 0;
        int compiled = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] zip = zip(mutate(seeds.get(i % seeds.size()), r));
            if (i % 5 == 4) {
                zip = bytes(zip, r);
            }
            Files.write(file, zip);
            Project p;
            try {
                p = ProjectFile.read(file);
            } catch (ProjectException e) {
                refused++;
                assertThat(e.message(Locale.ENGLISH)).doesNotContain("\n", "Exception");
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutation " + i + " escaped as " + e, e);
                return;
            }
            if (i % 20 == 0) {
                try {
                    assertThat(KumikiCompiler.compile(p).code()).isNotNull();
                    compiled++;
                } catch (ScriptFailedException e) {
                    // Allowed only as the user's words, never the script's.
                    assertThat(e.message(Locale.ENGLISH)).doesNotContain("Error:", "TypeError");
                }
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(zip);
        }
        assertThat(refused).isGreaterThan(200);
        assertThat(compiled).isGreaterThan(10);
    }

    private static String mutate(String json, Random r) {
        StringBuilder b = new StringBuilder(json);
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            int at = b.indexOf(":", r.nextInt(b.length()));
            if (at < 0) {
                continue;
            }
            int end = at + 1;
            int depth = 0;
            // Replace the whole value after the colon: a number, a string, or a bracketed object or list.
            while (end < b.length()) {
                char c = b.charAt(end);
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    break;
                }
                end++;
            }
            b.replace(at + 1, end, JUNK[r.nextInt(JUNK.length)]);
        }
        return b.toString();
    }

    private static byte[] zip(String projectJson) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("project.json"));
            z.write(projectJson.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] bytes(byte[] in, Random r) {
        byte[] b = in.clone();
        for (int k = 1 + r.nextInt(6); k > 0; k--) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }
}
