package kumiki.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** What every command that reads one project shares: the PROJECT.kumiki parameter (and --json). */
abstract class ProjectCommand extends KumikiCommand {
    @Parameters(index = "0", paramLabel = "PROJECT.kumiki", description = "The project file.")
    Path project;
}
