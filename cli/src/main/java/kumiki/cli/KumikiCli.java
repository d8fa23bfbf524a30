package kumiki.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kumiki.codegen.ScriptFailedException;
import kumiki.project.KeyedException;
import kumiki.project.MessageBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kumiki} command line. The same logic as the editor, one class per subcommand.
 *
 * <p>Exit codes: 0 success; 1 the command ran and found problems; 2 bad input
 * (a missing or damaged file, a wrong option), always with one clear line.
 */
@Command(name = "kumiki",
        mixinStandardHelpOptions = true,
        version = "Kumiki 0.1.0",
        description = "Block programming for the Seeed Wio Terminal. Without a subcommand, opens the editor.",
        subcommands = {CompileCommand.class, CheckCommand.class, TrainCommand.class, PredictCommand.class,
            FeaturesCommand.class, ReportCommand.class, CollectorCommand.class, LessonCommand.class,
            PortsCommand.class, MonitorCommand.class, CaptureCommand.class, UploadCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:Problems were found (check).", "2:Bad input: a missing or damaged file, or a wrong option."})
public final class KumikiCli implements Runnable {
    /** The command line's words ({@code kumiki/cli/messages*.properties}). */
    public static final MessageBundle WORDS = new MessageBundle("kumiki.cli.messages");
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A CommandLine with Kumiki's error handling: known failures become one line and exit code 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KumikiCli());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            String message;
            String key = "error";
            if (ex instanceof KeyedException ke) {
                message = ke.message(Locale.getDefault());
                key = ke.key();
            } else if (ex instanceof BadInputException bi) {
                message = bi.getMessage();
            } else if (ex instanceof ScriptFailedException sf) {
                message = sf.message(Locale.getDefault());
            } else if (ex instanceof IOException io) {
                message = WORDS.get("cli.ioFailed", String.valueOf(io.getMessage()));
            } else {
                // A defect in Kumiki: say so plainly, without Java's names for it.
                message = WORDS.get("cli.unexpected");
            }
            message = TerminalText.oneLine(message);
            Object command = commandLine.getCommand();
            if (command instanceof JsonReporting jr && jr.jsonRequested()) {
                commandLine.getOut().println(Json.error(key, message));
                commandLine.getOut().flush();
            } else {
                err.println(KumikiCli.WORDS.get("cli.badInput", message));
                err.flush();
            }
            return BAD_INPUT;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(KumikiCli.WORDS.get("cli.badInput", TerminalText.oneLine(ex.getMessage())));
            return BAD_INPUT;
        });
        cli.setOut(TerminalText.writer(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        cli.setErr(TerminalText.writer(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)));
        return cli;
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
