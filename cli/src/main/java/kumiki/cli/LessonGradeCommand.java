package kumiki.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kumiki.lesson.BlockLabels;
import kumiki.lesson.Lesson;
import kumiki.lesson.LessonChecker;
import kumiki.lesson.LessonException;
import kumiki.lesson.LessonGrader;
import kumiki.project.ProjectException;
import kumiki.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kumiki lesson grade LESSON PROJECT.kumiki...}: which steps each child's project passes. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "For each student project (files or folders of .kumiki files), which steps of the lesson it passes.")
public final class LessonGradeCommand extends KumikiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LESSON", description = "A lesson folder or a .kumiki-lesson pack.")
    Path lesson;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PROJECT", description = ".kumiki files, or folders holding them.")
    List<Path> projects;

    @Override
    public Integer call() throws IOException {
        Lesson l = LessonCheckCommand.load(lesson);
        LessonGrader grader = new LessonGrader(new LessonChecker(BlockLabels.headless()));
        String lang = Locale.getDefault().getLanguage().equals("ja") ? "ja" : "en";
        List<Path> files = new ArrayList<>();
        for (Path p : projects) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(ProjectFile.EXTENSION)).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            throw new BadInputException(KumikiCli.WORDS.get("cli.lesson.noProjects",
                    String.join(", ", projects.stream().map(Path::toString).toList())));
        }
        ArrayNode rows = Json.MAPPER.createArrayNode();
        PrintWriter out = spec.commandLine().getOut();
        int unreadable = 0;
        for (Path f : files) {
            ObjectNode row = rows.addObject();
            row.put("file", f.toString());
            try {
                LessonGrader.Grade g = grader.grade(l, f.toString(), ProjectFile.read(f), lang);
                row.put("name", g.name());
                row.put("completed", g.completed());
                ArrayNode steps = row.putArray("steps");
                StringBuilder marks = new StringBuilder();
                for (LessonGrader.StepResult s : g.steps()) {
                    ObjectNode o = steps.addObject();
                    o.put("id", s.id());
                    o.put("passed", s.passed());
                    s.missing().forEach(o.putArray("missing")::add);
                    marks.append(s.passed() ? '✓' : '·');
                }
                if (!jsonOption.json) {
                    String next = g.completed() < g.steps().size() && !g.steps().get(g.completed()).missing().isEmpty()
                            ? "  " + g.steps().get(g.completed()).missing().get(0) : "";
                    out.printf("%-28s %s  %d/%d%s%n", f.getFileName(), marks, g.completed(), g.steps().size(), next);
                }
            } catch (ProjectException | LessonException e) {
                unreadable++;
                String message = e instanceof ProjectException pe ? pe.message(Locale.getDefault()) : e.getMessage();
                row.put("error", message);
                if (!jsonOption.json) {
                    out.printf("%-28s %s%n", f.getFileName(), KumikiCli.WORDS.get("cli.lesson.unreadable", message));
                }
            }
        }
        if (jsonOption.json) {
            ObjectNode n = Json.object();
            n.put("ok", unreadable == 0);
            n.put("lesson", l.id());
            ArrayNode ids = n.putArray("steps");
            l.steps().forEach(s -> ids.add(s.id()));
            n.set("projects", rows);
            out.println(n);
        }
        return unreadable == 0 ? KumikiCli.OK : KumikiCli.FINDINGS;
    }
}
