package kumiki.device.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where arduino-cli keeps an installed library ({@code lib list --format json}), installing the pinned
 * version first if it is missing ({@code lib install NAME@VERSION}). Kumiki needs the folder to copy
 * a library that does not link as a library into the sketch (kumiki.codegen.VendoredLibrary).
 * arduino-cli's answer is read with bounds: it is another program's output.
 */
public final class InstalledLibraries {
    private static final int MAX_OUTPUT = 16 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path arduinoCli;
    private final Map<String, String> environment;

    public InstalledLibraries(Path arduinoCli, Map<String, String> environment) {
        this.arduinoCli = arduinoCli;
        this.environment = Map.copyOf(environment);
    }

    /** These folders as a sketch asks for them: what Upload, Export and {@code kumiki compile} copy in. */
    public kumiki.codegen.SketchBuilder.LibraryFolders asLibraryFolders() {
        return lib -> folder(lib.name(), lib.version());
    }

    /** The folder of {@code name} at {@code version}, installing it if needed; empty if it cannot be had. */
    public Optional<Path> folder(String name, String version) throws InterruptedException {
        Optional<Path> found = listed(name, version);
        if (found.isPresent()) {
            return found;
        }
        if (run(List.of("lib", "install", name + "@" + version), 5).isEmpty()) {
            return Optional.empty();
        }
        return listed(name, version);
    }

    private Optional<Path> listed(String name, String version) throws InterruptedException {
        Optional<byte[]> out = run(List.of("lib", "list", "--format", "json"), 1);
        if (out.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(out.get());
        } catch (IOException e) {
            return Optional.empty();
        }
        // arduino-cli 1.x wraps the list in {"installed_libraries": [...]}; older ones print the list.
        JsonNode list = root != null && root.has("installed_libraries") ? root.get("installed_libraries") : root;
        if (list == null || !list.isArray()) {
            return Optional.empty();
        }
        for (JsonNode entry : list) {
            JsonNode lib = entry.path("library");
            if (name.equals(lib.path("name").asText()) && version.equals(lib.path("version").asText())) {
                Path dir = Path.of(lib.path("install_dir").asText(""));
                if (!lib.path("install_dir").asText("").isEmpty() && Files.isRegularFile(dir.resolve("library.properties"))) {
                    return Optional.of(dir);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs arduino-cli; its output if it exits 0 within the limit, else empty. */
    private Optional<byte[]> run(List<String> args, long limitMinutes) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(arduinoCli.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(environment);
        try {
            Process p = pb.start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readNBytes(MAX_OUTPUT);
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (!p.waitFor(limitMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
