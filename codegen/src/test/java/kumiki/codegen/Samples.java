package kumiki.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kumiki.project.Project;
import kumiki.project.ProjectException;
import kumiki.project.ProjectFile;

/** The bundled sample projects ({@code samples/<id>/project.json}). */
public final class Samples {
    private Samples() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("kumiki.samples", "../samples"));
    }

    public static List<String> ids() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> Files.isRegularFile(p.resolve("project.json")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    public static Project load(String id) throws IOException, ProjectException {
        return ProjectFile.fromProjectJson(Files.readAllBytes(dir().resolve(id).resolve("project.json")), id, Map.of());
    }

    /** Writes the sample as a real .kumiki file. */
    public static Path asFile(String id, Path folder) throws IOException, ProjectException {
        Path file = folder.resolve(id + ProjectFile.EXTENSION);
        ProjectFile.write(file, load(id));
        return file;
    }
}
