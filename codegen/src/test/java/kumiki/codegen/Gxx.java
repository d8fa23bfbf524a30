package kumiki.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Checks generated sketches with the host g++ against the header-only Wio Terminal stand-ins. */
public final class Gxx {
    private Gxx() {
    }

    public static Path stubs() {
        return Path.of(System.getProperty("kumiki.stubs", "../codegen/src/test/stubs"));
    }

    /**
     * Returns g++'s diagnostics, or an empty string when the sketch compiles.
     * Like the Arduino builder, it puts {@code #include <Arduino.h>} first.
     */
    public static String syntaxErrors(String sketch) throws IOException, InterruptedException {
        return syntaxErrors(sketch, java.util.Map.of());
    }

    /** The same, with the files the sketch keeps beside its .ino (the Teach blocks' headers). */
    public static String syntaxErrors(String sketch, java.util.Map<String, byte[]> besideIno)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("kumiki-gxx");
        try {
            for (var f : besideIno.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            Path cpp = dir.resolve("sketch.cpp");
            Files.writeString(cpp, "#include <Arduino.h>\n#line 1 \"sketch.ino\"\n" + sketch, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(List.of("g++", "-std=gnu++11", "-fsyntax-only", "-Wall",
                    "-Wno-unused-variable", "-Werror=return-type", "-I", stubs().toAbsolutePath().toString(), cpp.toString()))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "g++ timed out";
            }
            return p.exitValue() == 0 ? "" : out;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
