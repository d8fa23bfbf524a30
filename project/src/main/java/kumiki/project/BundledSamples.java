package kumiki.project;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** The sample projects shipped inside the editor. */
public final class BundledSamples {
    public static final List<String> IDS = List.of("hello-screen", "button-piano", "light-meter");
    public static final String DEFAULT = "hello-screen";

    private BundledSamples() {
    }

    public static Project load(String id) throws ProjectException {
        String path = "/kumiki/samples/" + id + "/project.json";
        try (InputStream in = BundledSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ProjectException("project.notFound", path);
            }
            return ProjectFile.fromProjectJson(in.readAllBytes(), id, Map.of());
        } catch (IOException e) {
            throw new ProjectException("project.notFound", e, path);
        }
    }
}
