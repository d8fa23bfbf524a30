package kumiki.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kumiki.project.AtomicFile;
import kumiki.project.Project;
import kumiki.project.ProjectException;
import kumiki.project.ProjectFile;

/**
 * The crash-recovery copy: the open project, written every 30 seconds and on
 * every structural change, and removed when the child saves or closes cleanly.
 * If Kumiki finds one at start, the last session ended without saving.
 */
public final class RecoveryStore {
    private static final ObjectMapper JSON = Project.limited(new ObjectMapper());

    private final Path dir;

    public RecoveryStore(Path dir) {
        this.dir = dir;
    }

    /** {@code ~/.kumiki/recovery}, or {@code -Dkumiki.home=...}/recovery. */
    public static RecoveryStore standard() {
        return new RecoveryStore(KumikiHome.dir().resolve("recovery"));
    }

    public Path file() {
        return dir.resolve("recovery" + ProjectFile.EXTENSION);
    }

    private Path info() {
        return dir.resolve("recovery.json");
    }

    /** Keeps a copy of the project; {@code original} is where the child last saved it, or null. */
    public void write(Project project, Path original) throws ProjectException, IOException {
        Files.createDirectories(dir);
        ProjectFile.write(file(), project);
        ObjectNode node = JSON.createObjectNode();
        node.put("original", original == null ? "" : original.toAbsolutePath().toString());
        node.put("savedAt", System.currentTimeMillis());
        AtomicFile.writeString(info(), node.toString());
    }

    /** A copy left by a session that did not end cleanly. A damaged copy is ignored. */
    public Optional<Recovered> find() {
        if (!Files.isRegularFile(file())) {
            return Optional.empty();
        }
        try {
            Project project = ProjectFile.read(file());
            Path original = null;
            if (Files.isRegularFile(info())) {
                String o = JSON.readTree(Files.readString(info())).path("original").asText("");
                original = o.isEmpty() ? null : Path.of(o);
            }
            return Optional.of(new Recovered(project, original));
        } catch (ProjectException | IOException e) {
            return Optional.empty();
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(file());
            Files.deleteIfExists(info());
        } catch (IOException ignored) {
            // a stale copy is only offered once more; nothing is lost
        }
    }

    public record Recovered(Project project, Path original) {
    }
}
