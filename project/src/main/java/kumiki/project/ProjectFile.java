package kumiki.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes {@code .kumiki} files: a zip with {@code project.json},
 * {@code data/} and {@code model/} (and {@code lesson/}, the lesson a child is following), in the manner of Scratch's .sb3.
 *
 * <p>Reading never trusts the file: sizes are checked while unpacking (not
 * taken from the zip's own headers), names must be plain relative paths, and
 * a newer format is refused. Writing goes through {@link AtomicFile}, so a
 * failed save leaves the earlier file as it was.
 */
public final class ProjectFile {
    public static final String EXTENSION = ".kumiki";
    static final long MAX_FILE_BYTES = 64L << 20;
    static final long MAX_PROJECT_JSON_BYTES = 16L << 20;
    static final long MAX_UNPACKED_BYTES = 256L << 20;
    static final int MAX_ENTRIES = 20_000;

    private ProjectFile() {
    }

    /**
     * A project from a {@code .kumiki} file, or from a folder holding {@code project.json} (and perhaps
     * {@code data/}, {@code model/}, {@code lesson/}), the form the bundled samples are kept in.
     */
    public static Project read(Path path) throws ProjectException {
        String shown = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return readFolder(path, shown);
        }
        if (!Files.isRegularFile(path)) {
            throw new ProjectException("project.notFound", path.toString());
        }
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new ProjectException("project.tooLarge", shown, size >> 20, MAX_FILE_BYTES >> 20);
            }
        } catch (IOException e) {
            throw new ProjectException("project.notFound", e, path.toString());
        }
        byte[] projectJson = null;
        Map<String, byte[]> files = new LinkedHashMap<>();
        long unpacked = 0;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            Set<String> names = new HashSet<>();
            int count = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ProjectException("project.entryTooLarge", shown, count + " files");
                }
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (!SafeZip.isSafeName(name)) {
                    throw new ProjectException("project.badEntry", shown, name);
                }
                if (!SafeZip.firstOf(names, name)) {
                    throw new ProjectException("project.duplicateEntry", shown, name);
                }
                boolean isProject = name.equals("project.json");
                if (!isProject && !name.startsWith("data/") && !name.startsWith("model/") && !name.startsWith("lesson/")) {
                    continue; // not ours; leave it out rather than carry unknown content along
                }
                long limit = Math.min(isProject ? MAX_PROJECT_JSON_BYTES : MAX_UNPACKED_BYTES,
                        MAX_UNPACKED_BYTES - unpacked);
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = SafeZip.readAtMost(in, limit);
                }
                if (content == null) {
                    throw new ProjectException("project.entryTooLarge", shown, name);
                }
                unpacked += content.length;
                if (isProject) {
                    projectJson = content;
                } else {
                    files.put(name, content);
                }
            }
        } catch (ZipException e) {
            throw new ProjectException("project.notZip", e, shown);
        } catch (IOException e) {
            throw new ProjectException("project.notZip", e, shown);
        }
        if (projectJson == null) {
            throw new ProjectException("project.noProjectJson", shown);
        }
        return fromProjectJson(projectJson, shown, files);
    }

    /** The folder form, with the limits of the zip form: the same names, sizes and number of files. */
    private static Project readFolder(Path folder, String shown) throws ProjectException {
        Path json = folder.resolve("project.json");
        if (!Files.isRegularFile(json, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectException("project.folderNoProjectJson", shown);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        long unpacked = 0;
        try {
            if (Files.size(json) > MAX_PROJECT_JSON_BYTES) {
                throw new ProjectException("project.entryTooLarge", shown, "project.json");
            }
            byte[] projectJson = Files.readAllBytes(json);
            for (String part : List.of("data", "model", "lesson")) {
                Path dir = folder.resolve(part);
                if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                List<Path> found;
                try (java.util.stream.Stream<Path> walk = Files.walk(dir, 4)) {
                    found = walk.limit(MAX_ENTRIES + 1L)
                            .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
                }
                for (Path f : found) {
                    String name = folder.relativize(f).toString().replace('\\', '/');
                    if (files.size() >= MAX_ENTRIES) {
                        throw new ProjectException("project.entryTooLarge", shown, files.size() + " files");
                    }
                    if (!SafeZip.isSafeName(name)) {
                        throw new ProjectException("project.badEntry", shown, name);
                    }
                    long size = Files.size(f);
                    if (size > MAX_UNPACKED_BYTES - unpacked) {
                        throw new ProjectException("project.entryTooLarge", shown, name);
                    }
                    unpacked += size;
                    files.put(name, Files.readAllBytes(f));
                }
            }
            return fromProjectJson(projectJson, shown, files);
        } catch (IOException e) {
            throw new ProjectException("project.notFound", e, folder.toString());
        }
    }

    /** A project from the bytes of a project.json (the samples are kept this way), with the same checks as a file. */
    public static Project fromProjectJson(byte[] projectJson, String shown, Map<String, byte[]> files)
            throws ProjectException {
        JsonNode json;
        try {
            json = Project.JSON.readTree(projectJson);
        } catch (IOException e) {
            throw new ProjectException("project.badJson", e, shown);
        }
        if (json == null || !json.isObject()) {
            throw new ProjectException("project.badJson", shown);
        }
        JsonNode format = json.get("format");
        // A format is a whole number from 1 up: 1.5 and -5 are no format at all, 2^40 is a newer one.
        if (format == null || !format.isIntegralNumber() || format.bigIntegerValue().signum() <= 0) {
            throw new ProjectException("project.badFormat", shown);
        }
        if (!format.canConvertToInt() || format.asInt() > Project.FORMAT) {
            throw new ProjectException("project.newerFormat", shown, format.asText(), Project.FORMAT);
        }
        JsonNode workspace = json.get("workspace");
        if (workspace != null && !workspace.isObject()) {
            throw new ProjectException("project.badJson", shown);
        }
        WorkspaceLimits.check(workspace, shown);
        return new Project((ObjectNode) json, files);
    }

    public static void write(Path path, Project project) throws ProjectException {
        write(path, project, UnaryOperator.identity());
    }

    /** {@code wrap} lets tests put a failing stream under the zip writer. */
    static void write(Path path, Project project, UnaryOperator<OutputStream> wrap) throws ProjectException {
        try {
            AtomicFile.write(path, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out))) {
                    putEntry(zip, "project.json", projectJson(project));
                    for (Map.Entry<String, byte[]> f : project.files().entrySet()) {
                        putEntry(zip, f.getKey(), f.getValue());
                    }
                }
            }, wrap);
        } catch (IOException | RuntimeException e) {
            Path name = path.toAbsolutePath().getFileName();
            throw new ProjectException("project.saveFailed", e, name, String.valueOf(e.getMessage()));
        }
    }

    static byte[] projectJson(Project project) throws JsonProcessingException {
        ObjectNode json = project.json();
        json.put("format", Project.FORMAT);
        return JsonText.pretty(json);
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same project always zips to the same bytes
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
