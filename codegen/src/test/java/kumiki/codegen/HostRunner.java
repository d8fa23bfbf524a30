package kumiki.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a generated sketch on this computer: compiles it with the host g++ against the stand-in
 * headers and {@code src/test/host/runtime.cpp}, which implements them on virtual time with
 * scripted buttons and sensors, then runs it and returns what it printed on Serial and the log of
 * what it did (tones, screen drawing, pins). Test code only.
 *
 * <p>It builds for 32 bits with SSE doubles, so {@code int} and {@code long} are 32 bits wide and
 * doubles are plain IEEE doubles, as on the Wio Terminal's Cortex-M4.
 */
public final class HostRunner {
    /** What one run gave: Serial text (line ends as "\n"), the event log, and the exit code. */
    public record Run(String serial, String events, int exit) {
        /** The Serial text, one entry per line. */
        public List<String> lines() {
            String text = serial.endsWith("\n") ? serial.substring(0, serial.length() - 1) : serial;
            return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
        }
    }

    private static final List<String> FLAGS = List.of("-m32", "-msse2", "-mfpmath=sse", "-std=gnu++11", "-O1", "-w");
    private static final List<String> C_FLAGS = List.of("-m32", "-msse2", "-mfpmath=sse", "-std=c99", "-O1", "-w");
    private static List<Path> runtimeObjects;

    private HostRunner() {
    }

    public static Path hostDir() {
        return Path.of(System.getProperty("kumiki.host", "../codegen/src/test/host"));
    }

    /** Compiles and runs {@code sketch} (the .ino text) with the script; fails the test if it cannot build. */
    public static Run run(String sketch, String script) {
        return run(sketch, java.util.Map.of(), script);
    }

    /**
     * As {@link #run(String, String)}, with the files a sketch keeps beside its .ino (the Teach blocks'
     * {@code kumiki_model.h} and {@code kumiki_features.h}), by file name.
     */
    public static Run run(String sketch, java.util.Map<String, byte[]> besideIno, String script) {
        try {
            Path dir = Files.createTempDirectory("kumiki-host");
            try {
                for (var f : besideIno.entrySet()) {
                    Files.write(dir.resolve(f.getKey()), f.getValue());
                }
                Path binary = build(sketch, dir);
                Path scriptFile = dir.resolve("script.txt");
                Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
                Path out = dir.resolve("serial.txt");
                Path err = dir.resolve("events.txt");
                Process p = new ProcessBuilder(binary.toString(), scriptFile.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("the sketch ran past 60 s of real time");
                }
                return new Run(Files.readString(out, StandardCharsets.ISO_8859_1).replace("\r\n", "\n"),
                        Files.readString(err, StandardCharsets.ISO_8859_1), p.exitValue());
            } finally {
                deleteTree(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path build(String sketch, Path dir) throws IOException, InterruptedException {
        Path cpp = dir.resolve("sketch.cpp");
        // As the Arduino builder does: Arduino.h first, then the sketch with its own line numbers.
        Files.writeString(cpp, "#include <Arduino.h>\n#line 1 \"sketch.ino\"\n" + sketch, StandardCharsets.UTF_8);
        Path binary = dir.resolve("sketch");
        List<String> cmd = new ArrayList<>(List.of("g++"));
        cmd.addAll(FLAGS);
        cmd.addAll(List.of("-I", Gxx.stubs().toAbsolutePath().toString(), cpp.toString()));
        cmd.addAll(runtime().stream().map(Path::toString).toList());
        cmd.addAll(List.of("-o", binary.toString(), "-lm"));
        gxx(cmd, "the sketch does not build on the host");
        return binary;
    }

    /**
     * runtime.cpp, and the host TFLM on its C int8 reference (tflm/), compiled once per test run. The
     * reference is C, as a board library would be: gcc, not g++.
     */
    private static synchronized List<Path> runtime() throws IOException, InterruptedException {
        if (runtimeObjects == null || !runtimeObjects.stream().allMatch(Files::exists)) {
            Path dir = Files.createTempDirectory("kumiki-host-runtime");
            dir.toFile().deleteOnExit();
            List<Path> objects = new ArrayList<>();
            String stubs = Gxx.stubs().toAbsolutePath().toString();
            String tflm = hostDir().resolve("tflm").toAbsolutePath().toString();
            for (String source : List.of("runtime.cpp", "tflm/tflm_host.cpp", "tflm/int8_reference.c")) {
                Path object = dir.resolve(Path.of(source).getFileName() + ".o");
                boolean c = source.endsWith(".c");
                List<String> cmd = new ArrayList<>(List.of(c ? "gcc" : "g++"));
                cmd.addAll(c ? C_FLAGS : FLAGS);
                cmd.addAll(List.of("-I", stubs, "-I", tflm, "-c", hostDir().resolve(source).toAbsolutePath().toString(),
                        "-o", object.toString()));
                gxx(cmd, "the host runtime does not build (" + source + ")");
                object.toFile().deleteOnExit();
                objects.add(object);
            }
            runtimeObjects = List.copyOf(objects);
        }
        return runtimeObjects;
    }

    private static void gxx(List<String> cmd, String what) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(what + ": g++ timed out");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(what + ":\n" + output);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
