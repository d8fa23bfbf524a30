package kumiki.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kumiki.project.AtomicFile;

/**
 * Writes a whole sketch the way the Arduino tools expect it: a folder named like the sketch holding
 * {@code <Name>.ino}, the files that go beside it (the Teach blocks' model and feature headers), and
 * an arduino-cli {@code sketch.yaml} that names the board and the libraries the blocks used. Every
 * sketch Kumiki makes, a project's or the data collector's, is written here.
 */
public final class SketchBuilder {
    public static final String FQBN = "Seeeduino:samd:seeed_wio_terminal";
    public static final String PROFILE = "wio_terminal";
    public static final String PLATFORM = "Seeeduino:samd";
    public static final String PLATFORM_INDEX = "https://files.seeedstudio.com/arduino/package_seeeduino_boards_index.json";

    private final String name;
    private final String code;
    private final List<Library> libraries;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    /** Libraries copied into the sketch's src/ (see VendoredLibrary), by name: their installed folders. */
    private final Map<String, Path> vendored = new LinkedHashMap<>();

    private SketchBuilder(String projectName, String code, List<Library> libraries) {
        this.name = sketchName(projectName);
        this.code = code;
        this.libraries = List.copyOf(libraries);
    }

    /** A sketch for a project (or the collector) called {@code projectName}. */
    public static SketchBuilder of(String projectName, String code, List<Library> libraries) {
        return new SketchBuilder(projectName, code, libraries);
    }

    /** A project's sketch with the files its blocks need beside the .ino (the Teach blocks' headers). */
    public static SketchBuilder of(String projectName, CompileResult result) {
        SketchBuilder b = of(projectName, result.code(), result.libraries());
        result.besideIno().forEach(b::with);
        return b;
    }

    /** Adds a file beside the .ino, such as {@code kumiki_model.h}; a plain name, no folders. */
    public SketchBuilder with(String fileName, byte[] content) {
        if (!fileName.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*") || fileName.equals(name + ".ino")
                || fileName.equals("sketch.yaml")) {
            throw new IllegalArgumentException("not a file name for beside the sketch: " + fileName);
        }
        files.put(fileName, content.clone());
        return this;
    }

    public SketchBuilder with(String fileName, String content) {
        return with(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Builds {@code library} as part of the sketch: its installed folder is copied into {@code src/},
     * the .ino includes it from there, and sketch.yaml no longer names it. For a library that does not
     * link as a library (VendoredLibrary says why); ignored if the sketch does not use it.
     */
    public SketchBuilder vendoring(String library, Path installedFolder) {
        vendored.put(library, installedFolder);
        return this;
    }

    /** Libraries that do not link as Arduino libraries, so they are built as part of the sketch (VendoredLibrary). */
    public static final java.util.Set<String> BUILT_WITH_THE_SKETCH = java.util.Set.of(TeachFiles.TFLM_LIBRARY);

    /** Where a library is installed on this machine (arduino-cli knows); empty if it is not to be had. */
    public interface LibraryFolders {
        java.util.Optional<Path> folder(Library library) throws InterruptedException;
    }

    /** Copies each library the sketch uses that must be built with the sketch, where it is installed. */
    public SketchBuilder vendoringFrom(LibraryFolders installed) throws InterruptedException {
        for (Library lib : libraries) {
            if (BUILT_WITH_THE_SKETCH.contains(lib.name())) {
                java.util.Optional<Path> dir = installed.folder(lib);
                if (dir.isPresent()) {
                    vendoring(lib.name(), dir.get());
                }
            }
        }
        return this;
    }

    /**
     * Libraries the sketch uses that must be built with it, but that no folder was given for: named in
     * sketch.yaml as usual, they will not link (VendoredLibrary says why). Empty when all is well.
     */
    public List<String> notBuiltWithTheSketch() {
        return libraries.stream().map(Library::name)
                .filter(n -> BUILT_WITH_THE_SKETCH.contains(n) && !vendored.containsKey(n)).distinct().toList();
    }

    /** The folder's (and the .ino's) name. */
    public String name() {
        return name;
    }

    /** Writes {@code outDir/<Name>/} with every file, each atomically; returns the .ino path. */
    public Path writeTo(Path outDir) throws IOException {
        Path folder = outDir.resolve(name);
        Files.createDirectories(folder);
        Path ino = folder.resolve(name + ".ino");
        String sketch = code;
        List<Library> named = libraries;
        for (Map.Entry<String, Path> v : vendored.entrySet()) {
            String include = "#include <" + v.getKey() + ".h>";
            if (!libraries.stream().anyMatch(l -> l.name().equals(v.getKey())) || !sketch.contains(include)) {
                continue;
            }
            VendoredLibrary.copy(v.getValue(), folder, v.getKey());
            sketch = sketch.replace(include, VendoredLibrary.includeLine(v.getKey(), v.getKey() + ".h")
                    + "  // " + v.getKey() + ", copied into src/ so that it links");
            named = named.stream().filter(l -> !l.name().equals(v.getKey())).toList();
        }
        AtomicFile.writeString(ino, sketch);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            byte[] bytes = f.getValue();
            AtomicFile.write(folder.resolve(f.getKey()), out -> out.write(bytes));
        }
        AtomicFile.writeString(folder.resolve("sketch.yaml"), sketchYaml(named));
        return ino;
    }

    /** Names Windows keeps for devices, with or without an extension: a folder called "con" cannot be made. */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    /**
     * Arduino sketch names: letters, digits, '_', '-' and '.', starting with a letter or digit, at most 63 long.
     * Anything else (spaces, Japanese) becomes '_'; an empty result becomes "kumiki_sketch". The name must
     * also be a folder on every system a teacher uses: it never ends in '.', and is never a Windows device name.
     */
    public static String sketchName(String projectName) {
        String ascii = Normalizer.normalize(projectName == null ? "" : projectName, Normalizer.Form.NFKC);
        String name = ascii.replaceAll("[^A-Za-z0-9_.-]", "_").replaceAll("_+", "_");
        name = name.replaceAll("^[^A-Za-z0-9]+", "");
        name = trimEnd(name.length() > 63 ? name.substring(0, 63) : name);
        if (name.isEmpty()) {
            return "kumiki_sketch";
        }
        if (WINDOWS_DEVICE.matcher(name).matches()) {
            name = trimEnd(name.replace('.', '_')) + "_sketch";
        }
        return name;
    }

    private static String trimEnd(String name) {
        return name.replaceAll("[._-]+$", "");
    }

    public static String sketchYaml(List<Library> libraries) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Made by Kumiki for the Seeed Wio Terminal.\n");
        yaml.append("# Build with: arduino-cli compile --profile ").append(PROFILE).append('\n');
        yaml.append("default_fqbn: ").append(FQBN).append('\n');
        yaml.append("profiles:\n");
        yaml.append("  ").append(PROFILE).append(":\n");
        yaml.append("    notes: Seeed Wio Terminal\n");
        yaml.append("    fqbn: ").append(FQBN).append('\n');
        yaml.append("    platforms:\n");
        yaml.append("      - platform: ").append(PLATFORM).append('\n');
        yaml.append("        platform_index_url: ").append(PLATFORM_INDEX).append('\n');
        if (!libraries.isEmpty()) {
            yaml.append("    libraries:\n");
            for (Library lib : libraries) {
                yaml.append("      - ").append(lib.name()).append(" (").append(lib.version()).append(")\n");
            }
        }
        return yaml.toString();
    }
}
