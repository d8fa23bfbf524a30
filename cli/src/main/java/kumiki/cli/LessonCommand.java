package kumiki.cli;

import picocli.CommandLine.Command;

/** {@code kumiki lesson check|grade}: lessons for teachers, on the command line. */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Check a lesson before class, or see which steps a class's projects pass.",
        subcommands = {LessonCheckCommand.class, LessonGradeCommand.class})
public final class LessonCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
