package kumiki.cli;

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
}
