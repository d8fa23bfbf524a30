package kumiki.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kumiki.project.SafeZip;

/**
 * The files of one lesson, read into memory from a folder or a {@code .kumiki-lesson} zip.
 * A pack from a stranger is hostile input: names must be plain relative paths, links are refused,
 * and sizes are counted while reading (a zip bomb stops at the limit, whatever its headers say).
 */
public final class LessonPack {
    public static final String EXTENSION = ".kumiki-lesson";
    static final long MAX_PACK_BYTES = 32L << 20;
    static final long MAX_FILE_BYTES = 4L << 20;
    static final long MAX_TOTAL_BYTES = 32L << 20;
    static final int MAX_FILES = 400;

    private final String name;
    private final Map<String, byte[]> files;

    public LessonPack(String name, Map<String, byte[]> files) {
        this.name = name;
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** A lesson folder or a .kumiki-lesson pack. */
    public static LessonPack open(Path path) throws LessonException {
        String shown = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return readFolder(path, shown);
        }
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return readZip(path, shown);
        }
        throw new LessonException("lesson.notFound", path);
    }

    private static LessonPack readFolder(Path dir, String shown) throws LessonException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(dir, 8, new FileVisitOption[0])) {
            for (Path p : walk.sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    throw new LessonException("lesson.link", shown, rel);
                }
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    throw new LessonException("lesson.tooMany", shown, MAX_FILES);
                }
                long size = Files.size(p);
                if (size > MAX_FILE_BYTES) {
                    throw new LessonException("lesson.fileTooLarge", shown, rel, MAX_FILE_BYTES >> 20);
                }
                total += size;
                if (total > MAX_TOTAL_BYTES) {
                    throw new LessonException("lesson.tooLarge", shown, MAX_TOTAL_BYTES >> 20);
                }
                files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new LessonException("lesson.unreadable", shown, e.getMessage());
        }
        return new LessonPack(shown, files);
    }

    private static LessonPack readZip(Path path, String shown) throws LessonException {
        byte[] raw;
        try {
            if (Files.size(path) > MAX_PACK_BYTES) {
                throw new LessonException("lesson.tooLarge", shown, MAX_PACK_BYTES >> 20);
            }
            raw = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new LessonException("lesson.unreadable", shown, e.getMessage());
        }
        Set<String> links = SafeZip.symlinks(raw);
        if (!links.isEmpty()) {
            throw new LessonException("lesson.link", shown, links.iterator().next());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            Set<String> names = new HashSet<>();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (!SafeZip.isSafeName(name.endsWith("/") ? name.substring(0, name.length() - 1) : name)) {
                    throw new LessonException("lesson.badName", shown, name);
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (!SafeZip.firstOf(names, name)) {
                    throw new LessonException("lesson.duplicateEntry", shown, name);
                }
                if (files.size() >= MAX_FILES) {
                    throw new LessonException("lesson.tooMany", shown, MAX_FILES);
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(e)) {
                    content = SafeZip.readAtMost(in, Math.min(MAX_FILE_BYTES, MAX_TOTAL_BYTES - total));
                }
                if (content == null) {
                    if (total + MAX_FILE_BYTES > MAX_TOTAL_BYTES) {
                        throw new LessonException("lesson.tooLarge", shown, MAX_TOTAL_BYTES >> 20);
                    }
                    throw new LessonException("lesson.fileTooLarge", shown, name, MAX_FILE_BYTES >> 20);
                }
                total += content.length;
                files.put(name, content);
            }
        } catch (IOException e) {
            throw new LessonException("lesson.notZip", shown);
        }
        return new LessonPack(shown, stripCommonFolder(files));
    }

    /** A pack zipped with its folder ({@code hello/lesson.json}) reads the same as one zipped inside it. */
    private static Map<String, byte[]> stripCommonFolder(Map<String, byte[]> files) {
        if (files.containsKey("lesson.json") || files.isEmpty()) {
            return files;
        }
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String prefix = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(k -> k.startsWith(prefix)) || !files.containsKey(prefix + "lesson.json")) {
            return files;
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k.substring(prefix.length()), v));
        return out;
    }

    public String name() {
        return name;
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public byte[] file(String path) {
        return files.get(path);
    }
}
