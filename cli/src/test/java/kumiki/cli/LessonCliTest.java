package kumiki.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kumiki.lesson.Lesson;
import kumiki.lesson.LessonLoader;
import kumiki.lesson.LessonPack;
import kumiki.project.Project;
import kumiki.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumiki lesson check} and {@code kumiki lesson grade}, as a teacher runs them. */
class LessonCliTest extends CommandLineTest {
    @TempDir
    Path dir;



    static Path lessons() {
        return Path.of(System.getProperty("kumiki.lessons", "../lessons/curriculum"));
    }

    @Test
    void checkPassesOnTheBundledLesson() {
        assertThat(run("lesson", "check", lessons().resolve("hello-wio").toString())).isZero();
        assertThat(out.toString()).isEqualTo("Lesson 'hello-wio' is ready (3 steps)." + System.lineSeparator());
    }

    /** A copy of lesson 1 with a teacher's usual slips: each reported with its file and line. */
    @Test
    void checkListsEveryProblemWithFileAndLine() throws Exception {
        Path copy = dir.resolve("broken");
        copyTree(lessons().resolve("hello-wio"), copy);
        Files.delete(copy.resolve("ja.md"));
        String json = Files.readString(copy.resolve("lesson.json"));
        // Step 3 now asks for a size of 3 to 4, which its own solution (size 5) does not have; and an unknown block.
        json = json.replace("\"max\": 7", "\"max\": 4").replaceFirst("\"kumiki_screen_fill\"", "\"kumiki_screen_paint\"");
        Files.writeString(copy.resolve("lesson.json"), json);
        Files.writeString(copy.resolve("en.md"), Files.readString(copy.resolve("en.md")) + "\n![me](photo.png)\n");

        assertThat(run("lesson", "check", copy.toString())).isEqualTo(1);
        String report = out.toString();
        int unknownLine = lineOf(json, "kumiki_screen_paint");
        int step3Line = lineOf(json, "\"id\": \"big\"");
        assertThat(report).contains(
                "ja.md: The lesson has no ja.md: every lesson needs English and Japanese.",
                "lesson.json:" + unknownLine + ": This Kumiki has no block 'kumiki_screen_paint'.",
                "lesson.json:" + step3Line + ": Step 3: its own solution does not pass its check: Make the number in “write … at x … y … size … colour …” between 3 and 4.",
                "en.md:" + (Files.readString(copy.resolve("en.md")).split("\n", -1).length - 1) + ": The image photo.png is not in the lesson.");
        assertThat(report).contains("problem(s) to fix in lesson 'hello-wio'.");
    }

    @Test
    void checkRefusesWhatIsNotALessonWithOneLine() throws Exception {
        Path junk = dir.resolve("junk.kumiki-lesson");
        Files.writeString(junk, "not a zip");
        assertThat(run("lesson", "check", junk.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("Error: junk.kumiki-lesson is not a lesson folder or a .kumiki-lesson file.");
    }

    @Test
    void gradeTellsForEachProjectWhichStepsItPasses() throws Exception {
        Lesson lesson = LessonLoader.load(LessonPack.open(lessons().resolve("hello-wio")));
        Path klass = dir.resolve("class");
        Files.createDirectories(klass);
        ProjectFile.write(klass.resolve("aiko.kumiki"), Project.create("Aiko", "en").withWorkspace(lesson.solutionJson()));
        ProjectFile.write(klass.resolve("ben.kumiki"), Project.create("Ben", "en").withWorkspace(lesson.steps().get(0).solutionJson()));
        ProjectFile.write(klass.resolve("chika.kumiki"), Project.create("Chika", "en").withWorkspace(lesson.starterJson()));

        assertThat(run("lesson", "grade", lessons().resolve("hello-wio").toString(), klass.toString())).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "aiko.kumiki                  ✓✓✓  3/3",
                "ben.kumiki                   ✓··  1/3  Put the “write … at x … y … size … colour …” block inside “when Kumiki starts”.",
                "chika.kumiki                 ···  0/3  Put the “fill screen with …” block inside “when Kumiki starts”.");

        out.getBuffer().setLength(0);
        assertThat(run("lesson", "grade", lessons().resolve("hello-wio").toString(),
                klass.resolve("ben.kumiki").toString(), "--json")).isZero();
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertThat(n.path("steps").toString()).isEqualTo("[\"paint\",\"write\",\"big\"]");
        JsonNode ben = n.path("projects").get(0);
        assertThat(ben.path("name").asText()).isEqualTo("Ben");
        assertThat(ben.path("completed").asInt()).isEqualTo(1);
        assertThat(ben.path("steps").get(0).path("passed").asBoolean()).isTrue();
        assertThat(ben.path("steps").get(1).path("missing").get(0).asText()).startsWith("Put the “write");
    }

    static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return before.split("\n", -1).length;
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.write(t, Files.readAllBytes(p));
                }
            }
        }
    }

}
