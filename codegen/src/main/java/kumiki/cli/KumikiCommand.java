package kumiki.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kumiki.codegen.Library;
import kumiki.codegen.Messages;
import kumiki.codegen.SketchFolder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What every subcommand shares: {@code --json}, and its own spec for output streams. */
public abstract class KumikiCommand implements JsonReporting {
    @Mixin
    protected JsonOption jsonOption;

    @Spec
    protected CommandSpec spec;

    @Override
    public boolean jsonRequested() {
        return jsonOption.json;
    }

    /** Writes a sketch folder; a folder that cannot be written is bad input, said in one line. */
    protected static Path writeSketch(Path outDir, String name, String code, List<Library> libraries) {
        try {
            return SketchFolder.write(outDir, name, code, libraries);
        } catch (IOException e) {
            throw new BadInputException(Messages.get("cli.cannotWrite", outDir, e.getMessage()));
        }
    }
}
