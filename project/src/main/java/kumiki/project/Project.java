package kumiki.project;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Kumiki project: its name, language, the Blockly workspace and settings
 * ({@code project.json}), plus the files kept beside it ({@code data/} samples,
 * {@code model/}). Immutable; the {@code with...} methods return changed copies.
 * Keys in project.json that this version does not know are kept as they are.
 */
public final class Project {
    /** The project.json format this Kumiki writes and the newest it reads. */
    public static final int FORMAT = 1;
    public static final String BOARD = "wio-terminal";

    /**
     * Jackson's own limit of 1,000 nested levels is 250 blocks in one stack (each block's next
     * nests twice, and its inputs more): far too few for a long song. WorkspaceLimits bounds what a
     * file may ask for; these only make room for it.
     */
    static final ObjectMapper JSON = limited(new ObjectMapper());

    /** A mapper that reads and writes the nesting of {@link WorkspaceLimits#MAX_BLOCKS} blocks in a stack. */
    public static ObjectMapper limited(ObjectMapper mapper) {
        int depth = WorkspaceLimits.MAX_JSON_DEPTH;
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(depth).build());
        mapper.getFactory().setStreamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(depth).build());
        return mapper;
    }

    private final ObjectNode json;
    private final Map<String, byte[]> files;

    Project(ObjectNode json, Map<String, byte[]> files) {
        this.json = json;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public static Project create(String name, String language) {
        ObjectNode json = JSON.createObjectNode();
        json.put("format", FORMAT);
        json.put("name", name);
        json.put("board", BOARD);
        json.put("language", language);
        json.set("workspace", JSON.createObjectNode());
        json.set("settings", JSON.createObjectNode());
        return new Project(json, Map.of());
    }

    public String name() {
        return json.path("name").asText("Untitled");
    }

    /** The languages Kumiki speaks; a project naming another is shown in English. */
    public static final List<String> LANGUAGES = List.of("en", "ja");

    public String language() {
        String lang = json.path("language").asText("en");
        return LANGUAGES.contains(lang) ? lang : "en";
    }

    public String board() {
        return json.path("board").asText(BOARD);
    }

    /** The Blockly workspace, serialized as Blockly's JSON. */
    /** The workspace as Blockly JSON; a project without one has an empty workspace, never "null". */
    public String workspaceJson() {
        JsonNode workspace = json.path("workspace");
        return workspace.isObject() ? JsonText.compact(workspace) : "{}";
    }

    public JsonNode settings() {
        return JsonText.copy(json.path("settings"));
    }

    /** Files kept beside project.json, by path inside the zip ({@code data/wave.001.csv}). */
    public Map<String, byte[]> files() {
        return files;
    }

    public Project withWorkspace(String workspaceJson) {
        ObjectNode copy = JsonText.copy(json);
        try {
            copy.set("workspace", workspaceJson == null || workspaceJson.isBlank()
                    ? JSON.createObjectNode() : JSON.readTree(workspaceJson));
        } catch (IOException e) {
            throw new UncheckedIOException("Workspace JSON from the editor is malformed", e);
        }
        return new Project(copy, files);
    }

    public Project withName(String name) {
        ObjectNode copy = JsonText.copy(json);
        copy.put("name", name);
        return new Project(copy, files);
    }

    public Project withLanguage(String language) {
        ObjectNode copy = JsonText.copy(json);
        copy.put("language", language);
        return new Project(copy, files);
    }

    /** A copy with one setting changed (null removes it), e.g. {@code lesson}: which lesson and step the child is on. */
    public Project withSetting(String key, JsonNode value) {
        ObjectNode copy = JsonText.copy(json);
        ObjectNode settings = copy.path("settings").isObject() ? (ObjectNode) copy.get("settings") : copy.putObject("settings");
        if (value == null) {
            settings.remove(key);
        } else {
            settings.set(key, JsonText.copy(value));
        }
        return new Project(copy, files);
    }

    /** A copy whose files under {@code prefix} are replaced by {@code replacement} (paths relative to the prefix). */
    public Project withFilesUnder(String prefix, Map<String, byte[]> replacement) {
        Map<String, byte[]> copy = new TreeMap<>();
        files.forEach((k, v) -> {
            if (!k.startsWith(prefix)) {
                copy.put(k, v);
            }
        });
        replacement.forEach((k, v) -> copy.put(prefix + k, v.clone()));
        return new Project(JsonText.copy(json), copy);
    }

    public Project withFile(String path, byte[] content) {
        Map<String, byte[]> copy = new TreeMap<>(files);
        copy.put(path, content.clone());
        return new Project(JsonText.copy(json), copy);
    }

    ObjectNode json() {
        return JsonText.copy(json);
    }
}
