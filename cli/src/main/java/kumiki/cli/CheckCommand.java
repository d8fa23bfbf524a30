package kumiki.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import kumiki.codegen.CompileResult;
import kumiki.codegen.KumikiCompiler;
import kumiki.codegen.Problem;
import kumiki.project.Project;
import kumiki.project.ProjectFile;
import picocli.CommandLine.Command;

/** {@code kumiki check PROJECT.kumiki}: lists problems; exit 1 if there are any. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "List problems in a project: an empty program, unknown blocks, variables used as two types, blocks that never run.")
public final class CheckCommand extends ProjectCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Project p = ProjectFile.read(project);
        CompileResult result = KumikiCompiler.compile(p);
        var out = spec.commandLine().getOut();
        if (jsonOption.json) {
            ObjectNode n = Json.object();
            n.put("ok", result.problems().isEmpty());
            n.put("blocks", result.blockCount());
            n.set("problems", Json.problems(result.problems()));
            out.println(n);
        } else if (result.problems().isEmpty()) {
            out.println(KumikiCli.WORDS.get("cli.noProblems", project.getFileName()));
        } else {
            out.println(KumikiCli.WORDS.get("cli.problemCount", result.problems().size(), project.getFileName()));
            for (Problem problem : result.problems()) {
                out.println("  - " + problem.message());
            }
        }
        return result.problems().isEmpty() ? KumikiCli.OK : KumikiCli.FINDINGS;
    }
}
