package kumiki.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What every command that reads one project shares: the PROJECT.kumiki parameter and --json. */
abstract class ProjectCommand implements JsonReporting {
    @Parameters(index = "0", paramLabel = "PROJECT.kumiki", description = "The project file.")
    Path project;

    @Mixin
    JsonOption jsonOption;

    @Spec
    CommandSpec spec;

    @Override
    public boolean jsonRequested() {
        return jsonOption.json;
    }
}
