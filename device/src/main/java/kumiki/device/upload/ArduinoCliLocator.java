package kumiki.device.upload;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds arduino-cli: the path set in preferences first, then PATH, then the copy inside an
 * Arduino IDE 2 installation (the IDE ships one in resources/app/lib/backend/resources).
 * Everything it looks at is passed in, so tests can point it anywhere.
 */
public final class ArduinoCliLocator {
    private static final String IDE_INNER = "resources/app/lib/backend/resources";

    private final String pathVariable;
    private final Path home;
    private final String os;
    private final String localAppData;
    private final List<Path> extraIdeRoots;

    public ArduinoCliLocator(String pathVariable, Path home, String os, String localAppData, List<Path> extraIdeRoots) {
        this.pathVariable = pathVariable == null ? "" : pathVariable;
        this.home = home;
        this.os = os.toLowerCase(Locale.ROOT);
        this.localAppData = localAppData;
        this.extraIdeRoots = List.copyOf(extraIdeRoots);
    }

    public static ArduinoCliLocator forThisMachine() {
        return new ArduinoCliLocator(System.getenv("PATH"), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name", ""), System.getenv("LOCALAPPDATA"), List.of());
    }

    private String executable() {
        return os.contains("win") ? "arduino-cli.exe" : "arduino-cli";
    }

    /** Where an Arduino IDE 2 is usually installed on this kind of machine. */
    List<Path> ideRoots() {
        List<Path> roots = new ArrayList<>(extraIdeRoots);
        if (os.contains("win")) {
            if (localAppData != null) {
                roots.add(Path.of(localAppData, "Programs", "Arduino IDE"));
            }
            roots.add(Path.of("C:\\Program Files\\Arduino IDE"));
        } else if (os.contains("mac")) {
            roots.add(Path.of("/Applications/Arduino IDE.app/Contents/Resources"));
            roots.add(home.resolve("Applications/Arduino IDE.app/Contents/Resources"));
        } else {
            roots.add(Path.of("/opt/arduino-ide"));
            roots.add(Path.of("/opt/Arduino IDE"));
            roots.add(Path.of("/usr/share/arduino-ide"));
            roots.add(Path.of("/usr/lib/arduino-ide"));
            roots.add(home.resolve("arduino-ide"));
            roots.add(home.resolve(".local/share/arduino-ide"));
        }
        return roots;
    }

    public Optional<Path> find(String preferencePath) {
        if (preferencePath != null && !preferencePath.isBlank()) {
            Path p = Path.of(preferencePath.trim());
            if (runnable(p)) {
                return Optional.of(p);
            }
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path p = Path.of(dir).resolve(executable());
                if (runnable(p)) {
                    return Optional.of(p);
                }
            }
        }
        for (Path root : ideRoots()) {
            String inner = root.toString().endsWith("Contents/Resources") ? "app/lib/backend/resources" : IDE_INNER;
            Path p = root.resolve(inner).resolve(executable());
            if (runnable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean runnable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }
}
