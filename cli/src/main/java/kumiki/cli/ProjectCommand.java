package kumiki.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** What every command that reads one project shares: the PROJECT.kumiki parameter (and --json). */
abstract class ProjectCommand extends KumikiCommand {
    @Parameters(index = "0", paramLabel = "PROJECT",
            description = "The project: a .kumiki file, or a folder holding project.json (as samples/hello-screen).")
    Path project;
}
