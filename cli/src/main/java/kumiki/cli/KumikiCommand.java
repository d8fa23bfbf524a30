package kumiki.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kumiki.codegen.Library;
import kumiki.codegen.SketchBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
    protected static Path writeSketch(Path outDir, SketchBuilder sketch) {
        try {
            return sketch.writeTo(outDir);
        } catch (IOException e) {
            throw new BadInputException(KumikiCli.WORDS.get("cli.cannotWrite", outDir, e.getMessage()));
        }
    }
}
