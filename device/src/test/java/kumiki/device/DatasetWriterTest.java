package kumiki.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kumiki.device.capture.DatasetWriter;
import org.junit.jupiter.api.Test;

class DatasetWriterTest {
    @Test
    void labelsDifferingOnlyInCaseShareOneNumberingAndTheFirstSpelling() {
        // On Windows and macOS, Wave.001.csv would overwrite wave.001.csv.
        assertThat(DatasetWriter.nextName(List.of("wave.001.csv", "wave.002.csv"), "Wave", "csv"))
                .isEqualTo("wave.003.csv");
        assertThat(DatasetWriter.nextName(List.of("WAVE.004.wav"), "wave", "wav")).isEqualTo("WAVE.005.wav");
        assertThat(DatasetWriter.nextName(List.of("wave.001.csv"), "clap", "csv")).isEqualTo("clap.001.csv");
    }
}
