package kumiki.codegen;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kumiki.project.MessageBundle;
import kumiki.project.Project;

/**
 * Turns a project into a sketch and a list of problems. Keeps one warm
 * {@link HeadlessBlockly} on one compiler thread, and replaces it if a runaway
 * script forced it closed.
 */
public final class KumikiCompiler {
    /** The compiler's words ({@code kumiki/codegen/messages*.properties}). */
    public static final MessageBundle WORDS = new MessageBundle("kumiki.codegen.messages");
    /** Touched only on the compiler thread. */
    private static HeadlessBlockly runtime;
    /**
     * Blockly walks a stack of blocks by recursion (loading, disposing, our own type inference), and in
     * GraalJS's interpreter each JavaScript call takes several Java frames. A stack of 10,000 blocks
     * needs far more than a thread's usual 1 MB, so every compile runs on this thread, whose stack is
     * reserved large (address space only; pages are used as the recursion reaches them).
     *
     * <p>One thread, not a pool: the runtime keeps the last compile's workspace and builds again only
     * the stacks that changed, which pays only if every compile of a project meets the same runtime.
     * With two threads, Export after an edit met the other runtime half the time, which had missed
     * two edits and rebuilt both, and the two contexts sharing one engine ran slower as well
     * (bench/WarmCompile: 150 ms a compile against 116 ms).
     */
    static final long STACK_BYTES = 1L << 30;
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "kumiki-compiler", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    private KumikiCompiler() {
    }

    /** Runs {@code work} with the warm HeadlessBlockly on the compiler thread, and waits for it. */
    static <T> T withRuntime(Function<HeadlessBlockly, T> work) {
        Future<T> result = THREAD.submit(() -> work.apply(runtime()));
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ScriptFailedException(ScriptFailedException.Reason.TIME_LIMIT, 0, "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof StackOverflowError so) {
                throw new ScriptFailedException(ScriptFailedException.Reason.ERROR, 0, "stack overflow", so);
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static HeadlessBlockly runtime() {
        if (runtime == null || !runtime.isUsable()) {
            runtime = new HeadlessBlockly(Duration.ofSeconds(10), List.of());
        }
        return runtime;
    }

    /** Compiles a project; unknown blocks and an empty program are reported as problems. */
    public static CompileResult compile(Project project) {
        String lang = project.language();
        String workspace = project.workspaceJson();
        BuildAssets assets = BuildAssets.of(project);
        CompileResult raw = withRuntime(rt -> rt.compile(workspace, lang, assets));
        Locale locale = Locale.forLanguageTag(lang);
        List<Problem> problems = new ArrayList<>();
        for (String type : raw.unknownTypes()) {
            problems.add(new Problem("unknown-block", "", WORDS.get(locale, "problem.unknownBlock", type)));
        }
        if (raw.unknownTypes().isEmpty() && raw.refusal().isEmpty() && isEmptyProgram(raw.code())) {
            problems.add(new Problem("empty-program", "", WORDS.get(locale, "problem.emptyProgram")));
        }
        java.util.Map<String, byte[]> beside = java.util.Map.of();
        if (raw.refusal().isEmpty() && raw.unknownTypes().isEmpty() && raw.code().contains(TeachFiles.USES_MODEL)) {
            try {
                beside = TeachFiles.of(project, locale);
            } catch (TeachFiles.Refused r) {
                // The blocks' own warnings (which label, which block) stay below this one sentence.
                problems.add(new Problem(r.kind(), "", r.getMessage()));
            }
        }
        problems.addAll(raw.problems());
        return new CompileResult(raw.code(), raw.libraries(), problems, raw.unknownTypes(), raw.blockCount(), beside);
    }

    /** Which block made each line of the project's sketch; for pointing a compiler error at a block. */
    public static SketchLines lines(Project project) {
        String workspace = project.workspaceJson();
        BuildAssets assets = BuildAssets.of(project);
        return withRuntime(rt -> rt.compileLines(workspace, project.language(), assets));
    }

    /** A block's words in {@code language}, for messages that name blocks (lesson checks). */
    public static String blockLabel(String type, java.util.Map<String, String> fields, String language) {
        try {
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
            return withRuntime(rt -> rt.blockLabel(type, json, language));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All block types this Kumiki knows (for checking lessons and plug-ins). */
    public static java.util.List<String> blockTypes() {
        return withRuntime(HeadlessBlockly::blockTypes);
    }

    /** A sketch whose setup() and loop() are both empty does nothing on the board. */
    static boolean isEmptyProgram(String code) {
        return code.contains("void setup() {\n}") && code.contains("void loop() {\n}");
    }
}
