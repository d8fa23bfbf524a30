package kumiki.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code kumiki} in the test's JVM and keeps what it printed. */
abstract class CommandLineTest {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = KumikiCli.commandLine();
        cli.setOut(TerminalText.writer(out));
        cli.setErr(TerminalText.writer(err));
        return cli.execute(args);
    }
}
