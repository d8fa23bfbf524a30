package kumiki.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kumiki.codegen.KumikiCompiler;
import kumiki.lesson.BlockLabels;
import kumiki.lesson.Lesson;
import kumiki.lesson.LessonChecker;
import kumiki.lesson.LessonException;
import kumiki.lesson.LessonLoader;
import kumiki.lesson.LessonPack;
import kumiki.lesson.LessonProblem;
import kumiki.lesson.LessonValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kumiki lesson check LESSON}: every problem, with file and line. Exit 1 if there are errors. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a lesson (a folder or a .kumiki-lesson pack): translations, blocks, checks against their own solutions, images.")
public final class LessonCheckCommand extends KumikiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LESSON", description = "A lesson folder or a .kumiki-lesson pack.")
    Path lesson;

    @Override
    public Integer call() {
        Lesson l = load(lesson);
        List<LessonProblem> problems = validator().validate(l);
        long errors = problems.stream().filter(LessonProblem::error).count();
        if (jsonOption.json) {
            ObjectNode n = Json.object();
            n.put("ok", errors == 0);
            n.put("lesson", l.id());
            ArrayNode a = n.putArray("problems");
            for (LessonProblem p : problems) {
                ObjectNode o = a.addObject();
                o.put("error", p.error());
                o.put("file", p.file());
                o.put("line", p.line());
                o.put("message", p.message());
            }
            spec.commandLine().getOut().println(n);
        } else {
            for (LessonProblem p : problems) {
                spec.commandLine().getOut().println(p);
            }
            spec.commandLine().getOut().println(errors == 0
                    ? KumikiCli.WORDS.get("cli.lesson.ok", l.id(), l.steps().size())
                    : KumikiCli.WORDS.get("cli.lesson.problems", errors, l.id()));
        }
        return errors == 0 ? KumikiCli.OK : KumikiCli.FINDINGS;
    }

    static Lesson load(Path path) {
        try {
            return LessonLoader.load(LessonPack.open(path));
        } catch (LessonException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static LessonValidator validator() {
        return new LessonValidator(new HashSet<>(KumikiCompiler.blockTypes()), new LessonChecker(BlockLabels.headless()),
                Locale.getDefault());
    }
}
