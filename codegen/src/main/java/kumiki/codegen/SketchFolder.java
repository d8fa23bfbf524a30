package kumiki.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import kumiki.project.AtomicFile;

/**
 * Writes a sketch the way the Arduino tools expect it: a folder named like
 * the sketch holding {@code <Name>.ino}, plus an arduino-cli {@code sketch.yaml}
 * that names the board and the libraries the blocks used.
 */
public final class SketchFolder {
    public static final String FQBN = "Seeeduino:samd:seeed_wio_terminal";
    public static final String PROFILE = "wio_terminal";
    public static final String PLATFORM = "Seeeduino:samd";
    public static final String PLATFORM_INDEX = "https://files.seeedstudio.com/arduino/package_seeeduino_boards_index.json";

    private SketchFolder() {
    }

    /**
     * Arduino sketch names: letters, digits, '_', '-' and '.', starting with a letter or digit, at most 63 long.
     * Anything else (spaces, Japanese) becomes '_'; an empty result becomes "kumiki_sketch".
     */
    public static String sketchName(String projectName) {
        String ascii = Normalizer.normalize(projectName == null ? "" : projectName, Normalizer.Form.NFKC);
        String name = ascii.replaceAll("[^A-Za-z0-9_.-]", "_").replaceAll("_+", "_");
        name = name.replaceAll("^[^A-Za-z0-9]+", "").replaceAll("_+$", "");
        if (name.isEmpty()) {
            name = "kumiki_sketch";
        }
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    /** Writes {@code outDir/<Name>/<Name>.ino} and {@code sketch.yaml}; returns the .ino path. */
    public static Path write(Path outDir, String projectName, CompileResult result) throws IOException {
        return write(outDir, projectName, result.code(), result.libraries());
    }

    /** Writes any sketch Kumiki made (a project's, or the data collector) with its profile. */
    public static Path write(Path outDir, String projectName, String code, java.util.List<Library> libraries)
            throws IOException {
        String name = sketchName(projectName);
        Path folder = outDir.resolve(name);
        Files.createDirectories(folder);
        Path ino = folder.resolve(name + ".ino");
        AtomicFile.writeString(ino, code);
        AtomicFile.writeString(folder.resolve("sketch.yaml"), sketchYaml(libraries));
        return ino;
    }

    public static String sketchYaml(CompileResult result) {
        return sketchYaml(result.libraries());
    }

    public static String sketchYaml(java.util.List<Library> libraries) {
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
