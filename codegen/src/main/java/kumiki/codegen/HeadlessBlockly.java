package kumiki.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kumiki.blocks.BlockAssets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Blockly core and Kumiki's blocks running in GraalJS, without a browser.
 *
 * <p>The JavaScript runs sandboxed: no host classes, no files, no threads, no
 * processes, no environment. Every call has a time limit; a script that runs
 * past it is cancelled and the context is thrown away, so a runaway generator
 * cannot hang the app. One {@link Engine} and one parsed {@link Source} are
 * shared by all instances so that later contexts start faster.
 *
 * <p>An instance is not thread-safe; {@link KumikiCompiler} keeps one per thread.
 */
public final class HeadlessBlockly implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Engine ENGINE = Engine.newBuilder("js")
            .option("engine.WarnInterpreterOnly", "false")
            .out(OutputStreamSink.INSTANCE)
            .err(OutputStreamSink.INSTANCE)
            .build();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kumiki-js-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static volatile Source bundle;

    /**
     * The JavaScript engine's runtime: "Interpreted" when GraalJS runs without its optimizing compiler
     * (a plain JVM, or one started without the compiler on its module path), the compiler's name when
     * it compiles hot JavaScript to machine code. The engine's own warning for the first case is off,
     * so this is how a silent fall-back would be seen (bench/WarmCompile prints it with its figures).
     */
    public static String runtimeName() {
        return ENGINE.getImplementationName();
    }

    /**
     * Blockly only needs timers to exist. The Java-interop globals are useless
     * with host access off; removing them means block code cannot even see them.
     */
    private static final String PRELUDE =
            "globalThis.setTimeout = function () { return 0; };"
            + "globalThis.clearTimeout = function () {};"
            + "for (const name of ['Packages', 'java', 'javax', 'com', 'org', 'edu', 'net', 'load', 'loadWithNewGlobal',"
            + " 'read', 'readbuffer', 'quit', 'Polyglot', 'Graal', 'Java']) { delete globalThis[name]; }";

    private final Context context;
    private final Duration timeLimit;
    private final Value api;

    /** Loads the bundled block language; {@code extraScripts} (block plug-ins) run in the same sandbox. */
    public HeadlessBlockly(Duration timeLimit, List<String> extraScripts) {
        this.timeLimit = timeLimit;
        this.context = Context.newBuilder("js")
                .engine(ENGINE)
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(name -> false)
                .allowHostClassLoading(false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .option("js.ecmascript-version", "2022")
                .build();
        try {
            guarded(() -> {
                context.eval("js", PRELUDE);
                context.eval(bundleSource());
                return null;
            }, Duration.ofSeconds(Math.max(60, timeLimit.toSeconds())));
            this.api = context.getBindings("js").getMember("KumikiHeadless");
            guarded(() -> api.invokeMember("init", "en"), timeLimit);
            for (String script : extraScripts) {
                guarded(() -> context.eval("js", script), timeLimit);
            }
        } catch (RuntimeException e) {
            context.close(true);
            throw e;
        }
    }

    public HeadlessBlockly() {
        this(Duration.ofSeconds(10), List.of());
    }

    private static Source bundleSource() {
        Source s = bundle;
        if (s == null) {
            synchronized (HeadlessBlockly.class) {
                if (bundle == null) {
                    try (InputStream in = BlockAssets.resource(BlockAssets.HEADLESS_BUNDLE).openStream()) {
                        String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        bundle = Source.newBuilder("js", code, "kumiki-headless.js").cached(true).build();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                s = bundle;
            }
        }
        return s;
    }

    /**
     * Time a compile may take: the base limit, plus {@link #PER_BLOCK} for every block. GraalJS runs
     * Blockly in its interpreter here, at about 2 ms a block (shadows included) on the 2-core CI machine,
     * so a flat limit would refuse large but honest projects; the limit still ends a runaway script.
     */
    Duration limitFor(String workspaceJson) {
        long blocks = 0;
        for (int at = workspaceJson.indexOf(TYPE_KEY); at >= 0; at = workspaceJson.indexOf(TYPE_KEY, at + 1)) {
            blocks++;
        }
        return timeLimit.plus(PER_BLOCK.multipliedBy(blocks));
    }

    static final Duration PER_BLOCK = Duration.ofMillis(8);
    private static final String TYPE_KEY = "\"type\"";

    /** Generates the sketch for Blockly workspace JSON, for a project without a trained model. */
    public CompileResult compile(String workspaceJson, String language) {
        return compile(workspaceJson, language, BuildAssets.NONE);
    }

    /** Generates the sketch for Blockly workspace JSON, with the model facts the blocks may read. */
    public CompileResult compile(String workspaceJson, String language, BuildAssets assets) {
        String assetsJson = assets.toJson();
        Value result = guarded(() -> api.invokeMember("compile", workspaceJson, language, assetsJson),
                limitFor(workspaceJson));
        try {
            JsonNode node = JSON.readTree(result.asString());
            List<String> unknown = new ArrayList<>();
            node.path("unknownTypes").forEach(t -> unknown.add(t.asText()));
            List<Library> libraries = new ArrayList<>();
            node.path("libraries").forEach(l -> libraries.add(new Library(l.get(0).asText(), l.get(1).asText())));
            List<Problem> problems = new ArrayList<>();
            node.path("problems").forEach(p -> problems.add(new Problem(
                    p.path("kind").asText(), p.path("blockId").asText(), p.path("message").asText())));
            return new CompileResult(node.path("code").asText(), libraries, problems, unknown,
                    node.path("blockCount").asInt());
        } catch (IOException e) {
            throw new IllegalStateException("The block compiler returned malformed output", e);
        }
    }

    /** The sketch and, per line, the id of the block that made it (null where no block did). */
    public SketchLines compileLines(String workspaceJson, String language, BuildAssets assets) {
        String assetsJson = assets.toJson();
        Value result = guarded(() -> api.invokeMember("compileLines", workspaceJson, language, assetsJson),
                limitFor(workspaceJson));
        try {
            JsonNode node = JSON.readTree(result.asString());
            List<String> blocks = new ArrayList<>();
            node.path("blocks").forEach(b -> blocks.add(b.isNull() ? null : b.asText()));
            return new SketchLines(node.path("code").asText(), blocks);
        } catch (IOException e) {
            throw new IllegalStateException("The block compiler returned malformed output", e);
        }
    }

    /** A block's words as the child sees them, fields given shown, other slots as "…" (for lesson messages). */
    public String blockLabel(String type, String fieldsJson, String language) {
        return guarded(() -> api.invokeMember("blockLabel", type, fieldsJson, language), timeLimit).asString();
    }

    /** All block types Kumiki knows, sorted. */
    public List<String> blockTypes() {
        String json = guarded(() -> api.invokeMember("blockTypes"), timeLimit).asString();
        try {
            List<String> types = new ArrayList<>();
            JSON.readTree(json).forEach(t -> types.add(t.asText()));
            return types;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The toolbox entry (with shadow defaults) for one block type, as JSON. */
    public String toolboxBlock(String type) {
        return guarded(() -> api.invokeMember("toolboxBlock", type), timeLimit).asString();
    }

    /** Runs a script in this sandbox; for block plug-ins and for proving the sandbox holds. */
    public String eval(String script) {
        Value v = guarded(() -> context.eval("js", script), timeLimit);
        return v.isNull() ? null : v.toString();
    }

    private interface JsCall<T> {
        T run();
    }

    private <T> T guarded(JsCall<T> call, Duration limit) {
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> context.close(true), limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return call.run();
        } catch (PolyglotException e) {
            if (e.isCancelled()) {
                throw new ScriptFailedException(ScriptFailedException.Reason.TIME_LIMIT, limit.toSeconds(),
                        "cancelled after " + limit.toSeconds() + " s", e);
            }
            throw new ScriptFailedException(ScriptFailedException.Reason.ERROR, limit.toSeconds(), e.getMessage(), e);
        } catch (IllegalStateException e) {
            // The watchdog closed the context between two calls.
            throw new ScriptFailedException(ScriptFailedException.Reason.TIME_LIMIT, limit.toSeconds(),
                    "the context was closed by the time limit", e);
        } finally {
            alarm.cancel(false);
        }
    }

    public boolean isUsable() {
        try {
            context.getBindings("js");
            return true;
        } catch (RuntimeException e) { // closed, or cancelled by the watchdog
            return false;
        }
    }

    @Override
    public void close() {
        context.close(true);
    }

    /** Blockly prints warnings to the console; they are not for children, so they go nowhere. */
    private static final class OutputStreamSink extends ByteArrayOutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            // dropped
        }

        @Override
        public synchronized void write(int b) {
            // dropped
        }
    }
}
