package kumiki.cli;

import picocli.CommandLine.Option;

/** The shared {@code --json} option. */
public final class JsonOption {
    @Option(names = "--json", description = "Print machine-readable JSON instead of text.")
    public boolean json;
}
