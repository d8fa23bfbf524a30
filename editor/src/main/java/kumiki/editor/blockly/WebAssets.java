package kumiki.editor.blockly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import kumiki.blocks.BlockAssets;

/**
 * Copies the Blockly page out of the jar into a private temporary folder.
 *
 * <p>WebKit's Content-Security-Policy does not recognise {@code jar:} URLs as a
 * source, so a page served from the jar could not load its own script under a
 * policy that shuts out the network. From {@code file:} URLs it can, and the
 * policy {@code default-src file: data:} then blocks every network load.
 */
final class WebAssets {
    private WebAssets() {
    }

    static Path extract() {
        try {
            Path dir = Files.createTempDirectory("kumiki-web");
            String list;
            try (InputStream in = BlockAssets.resource(BlockAssets.WEB_FILES).openStream()) {
                list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String base = BlockAssets.WEB_PAGE.substring(0, BlockAssets.WEB_PAGE.lastIndexOf('/') + 1);
            for (String name : list.split("\n")) {
                if (name.isBlank() || name.contains("..")) {
                    continue;
                }
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = BlockAssets.resource(base + name).openStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return dir.resolve("index.html");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the block editor page", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS clears it eventually
        }
    }
}
