package kumiki.codegen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kumiki.project.MessageBundle;
import kumiki.project.Project;

/**
 * Turns a project into a sketch and a list of problems. Keeps one warm
 * {@link HeadlessBlockly} per thread, and replaces it if a runaway script
 * forced it closed.
 */
public final class KumikiCompiler {
    /** The compiler's words ({@code kumiki/codegen/messages*.properties}). */
    public static final MessageBundle WORDS = new MessageBundle("kumiki.codegen.messages");
    private static final ThreadLocal<HeadlessBlockly> RUNTIME = new ThreadLocal<>();

    private KumikiCompiler() {
    }

    static HeadlessBlockly runtime() {
        HeadlessBlockly rt = RUNTIME.get();
        if (rt == null || !rt.isUsable()) {
            rt = new HeadlessBlockly(Duration.ofSeconds(10), List.of());
            RUNTIME.set(rt);
        }
        return rt;
    }

    /** Compiles a project; unknown blocks and an empty program are reported as problems. */
    public static CompileResult compile(Project project) {
        String lang = project.language();
        CompileResult raw = runtime().compile(project.workspaceJson(), lang, BuildAssets.of(project));
        Locale locale = Locale.forLanguageTag(lang);
        List<Problem> problems = new ArrayList<>();
        for (String type : raw.unknownTypes()) {
            problems.add(new Problem("unknown-block", "", WORDS.get(locale, "problem.unknownBlock", type)));
        }
        if (raw.unknownTypes().isEmpty() && isEmptyProgram(raw.code())) {
            problems.add(new Problem("empty-program", "", WORDS.get(locale, "problem.emptyProgram")));
        }
        problems.addAll(raw.problems());
        return new CompileResult(raw.code(), raw.libraries(), problems, raw.unknownTypes(), raw.blockCount());
    }

    /** Which block made each line of the project's sketch; for pointing a compiler error at a block. */
    public static SketchLines lines(Project project) {
        return runtime().compileLines(project.workspaceJson(), project.language(), BuildAssets.of(project));
    }

    /** A block's words in {@code language}, for messages that name blocks (lesson checks). */
    public static String blockLabel(String type, java.util.Map<String, String> fields, String language) {
        try {
            return runtime().blockLabel(type, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields), language);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All block types this Kumiki knows (for checking lessons and plug-ins). */
    public static java.util.List<String> blockTypes() {
        return runtime().blockTypes();
    }

    /** A sketch whose setup() and loop() are both empty does nothing on the board. */
    static boolean isEmptyProgram(String code) {
        return code.contains("void setup() {\n}") && code.contains("void loop() {\n}");
    }
}
