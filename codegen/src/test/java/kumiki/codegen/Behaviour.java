package kumiki.codegen;

import java.util.List;
import kumiki.project.Project;

/**
 * What a program does on the board during one fixed, scripted day: its Serial text and the log of
 * its tones, screen drawing and pins, from the host runner. Behaviour goldens keep these, read by a
 * person, for every sample and every lesson solution.
 */
public final class Behaviour {
    /** Buttons A, B and C pressed in turn, the light going from dim to bright, the board tilted. */
    public static final String SCRIPT = """
            # A fixed day at the board.
            until 4000
            press A 500 200
            press B 1500 200
            press C 2500 200
            light 0 200
            light 2000 800
            mic 0 512
            accel 0 0 0 1
            accel 3000 0.7 0 0.7
            """;
    /**
     * A program that prints or draws in a tight loop would fill a golden with megabytes of the same
     * lines (plot-your-data prints 20 MB in its day): keep the first lines and count the rest.
     */
    static final int MAX_LINES = 200;

    private Behaviour() {
    }

    /** The text a behaviour golden holds: the script, the Serial text, then the events. */
    public static String of(Project project) {
        CompileResult compiled = KumikiCompiler.compile(project);
        HostRunner.Run run = HostRunner.run(compiled.code(), SCRIPT);
        StringBuilder out = new StringBuilder();
        out.append("== script\n").append(SCRIPT);
        out.append("== exit ").append(run.exit()).append('\n');
        out.append("== serial\n");
        firstLines(run.lines(), out);
        out.append("== events\n");
        firstLines(run.events().lines().toList(), out);
        return out.toString();
    }

    private static void firstLines(List<String> lines, StringBuilder out) {
        lines.stream().limit(MAX_LINES).forEach(l -> out.append(l).append('\n'));
        if (lines.size() > MAX_LINES) {
            out.append("... and ").append(lines.size() - MAX_LINES).append(" more\n");
        }
    }
}
