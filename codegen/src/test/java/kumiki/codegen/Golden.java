package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: checked-in output that a person has read and found correct.
 * Run with {@code -Dkumiki.updateGolden=true} to rewrite them after a deliberate
 * change, then read the diff before committing.
 */
public final class Golden {
    private Golden() {
    }

    public static Path dir() {
        return Path.of("src/test/resources/golden");
    }

    public static void assertMatches(String relative, String actual) throws IOException {
        Path file = dir().resolve(relative);
        if (Boolean.getBoolean("kumiki.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (run with -Dkumiki.updateGolden=true to create it)", relative).exists();
        assertThat(actual).as("generated code for %s", relative)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
