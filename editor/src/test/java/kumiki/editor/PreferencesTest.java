package kumiki.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kumiki.device.serial.BoardKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {
    @TempDir
    Path tmp;

    @Test
    void keepsSettingsAcrossSessionsAndShrugsOffADamagedFile() throws Exception {
        Path file = tmp.resolve("preferences.properties");
        new Preferences(file).set(Preferences.ARDUINO_CLI, "/opt/arduino/arduino-cli");
        assertThat(new Preferences(file).get(Preferences.ARDUINO_CLI, "")).isEqualTo("/opt/arduino/arduino-cli");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', 'Z', 'Z'});
        assertThat(new Preferences(file).get(Preferences.ARDUINO_CLI, "none")).isEqualTo("none");
    }

    @Test
    void recognisesAWioTerminalByItsUsbIdentity() {
        assertThat(BoardKind.of(0x2886, 0x802D)).isEqualTo(BoardKind.WIO_TERMINAL);
        assertThat(BoardKind.of(0x2886, 0x002D)).isEqualTo(BoardKind.WIO_TERMINAL_BOOTLOADER);
        assertThat(BoardKind.of(0x2886, 0x8036)).isEqualTo(BoardKind.OTHER);
        assertThat(BoardKind.of(0x2341, 0x802D)).isEqualTo(BoardKind.OTHER);
    }
}
