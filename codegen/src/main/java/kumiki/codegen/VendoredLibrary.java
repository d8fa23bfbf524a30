package kumiki.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kumiki.project.AtomicFile;

/**
 * An installed Arduino library copied into a sketch's own {@code src/} folder, so the sketch builds
 * with it as sketch code instead of as a library.
 *
 * <p>Why: {@code tflm_cortexm} 1.0.0 says {@code dot_a_linkage=true}, and the Arduino builders archive
 * such a library keeping one object per file name; TFLM has two {@code kernel_util.cpp} (and two
 * {@code portable_tensor_utils.cpp}, {@code tensor_utils.cpp}), so the link misses {@code tflite::}
 * symbols. Sketch sources are compiled and linked one object per path, so the same files link.
 *
 * <p>A library's files include each other from its {@code src/} root ({@code "tensorflow/lite/c/common.h"}),
 * which only a library gets on its include path. Each such include is rewritten as a path relative to
 * the including file, the form the C preprocessor finds from anywhere. Includes that already resolve
 * beside the file, and system headers, stay as they are. Only sources, headers and licence texts are
 * copied (not the library's own precompiled archive), and the copy is bounded: the library is a
 * folder on the child's machine that Kumiki did not write.
 */
public final class VendoredLibrary {
    /** More than any library a sketch uses (tflm_cortexm has 470 files, 9 MB). */
    public static final int MAX_FILES = 5000;
    public static final long MAX_BYTES = 64L << 20;

    private static final Pattern INCLUDE = Pattern.compile("(?m)^(\\s*#\\s*include\\s*)([<\"])([^>\"\\n]+)([>\"])");
    private static final Pattern SOURCE = Pattern.compile("(?i).*\\.(h|hh|hpp|c|cc|cpp|cxx|s|inc|ipp|tcc)");
    private static final Pattern LICENCE = Pattern.compile("(?i)(licen[cs]e|copying|notice)(\\..*)?");

    /** What was copied: where, how many files, and how many includes were rewritten. */
    public record Copied(Path folder, int files, int rewrittenIncludes) {
    }

    private VendoredLibrary() {
    }

    /** The include a sketch uses for {@code header} of a library copied as {@code src/<dirName>/}. */
    public static String includeLine(String dirName, String header) {
        return "#include \"src/" + dirName + "/" + header + "\"";
    }

    /**
     * Copies {@code libraryRoot/src} to {@code sketchFolder/src/<dirName>} with includes rewritten.
     * Fails, writing nothing into the sketch, if the library has no src folder, holds links that leave
     * it, or is larger than the bounds.
     */
    public static Copied copy(Path libraryRoot, Path sketchFolder, String dirName) throws IOException {
        if (!dirName.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("not a folder name: " + dirName);
        }
        Path src = libraryRoot.resolve("src").toRealPath();
        if (!Files.isDirectory(src)) {
            throw new IOException(libraryRoot + " has no src folder");
        }
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !wanted(p.getFileName().toString())) {
                    continue;
                }
                files.add(p);
                bytes += Files.size(p);
                if (files.size() > MAX_FILES || bytes > MAX_BYTES) {
                    throw new IOException(libraryRoot + " is larger than a library Kumiki copies ("
                            + MAX_FILES + " files, " + (MAX_BYTES >> 20) + " MB)");
                }
            }
        }
        Path target = sketchFolder.resolve("src").resolve(dirName);
        deleteTree(target); // a copy from an earlier export is replaced whole, never mixed
        int rewritten = 0;
        for (Path f : files) {
            Path rel = src.relativize(f);
            Path out = target.resolve(rel.toString());
            Files.createDirectories(out.getParent());
            String name = f.getFileName().toString();
            if (SOURCE.matcher(name).matches()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1); // bytes kept as they are
                StringBuilder changed = new StringBuilder();
                int count = rewrite(text, src, f.getParent(), changed);
                rewritten += count;
                byte[] result = changed.toString().getBytes(StandardCharsets.ISO_8859_1);
                AtomicFile.write(out, o -> o.write(result));
            } else {
                byte[] copy = Files.readAllBytes(f);
                AtomicFile.write(out, o -> o.write(copy));
            }
        }
        return new Copied(target, files.size(), rewritten);
    }

    private static boolean wanted(String name) {
        return SOURCE.matcher(name).matches() || LICENCE.matcher(name).matches();
    }

    /** Rewrites the root-relative includes of one file; returns how many. */
    static int rewrite(String text, Path srcRoot, Path fileDir, StringBuilder out) {
        Matcher m = INCLUDE.matcher(text);
        int count = 0;
        while (m.find()) {
            String path = m.group(3).strip();
            String replacement = m.group(0);
            boolean beside = "\"".equals(m.group(2)) && Files.isRegularFile(fileDir.resolve(path));
            Path fromRoot = srcRoot.resolve(path).normalize();
            if (!beside && fromRoot.startsWith(srcRoot) && Files.isRegularFile(fromRoot)) {
                String relative = fileDir.relativize(fromRoot).toString().replace('\\', '/');
                replacement = m.group(1) + "\"" + relative + "\"";
                count++;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return count;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
