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

    /** One tag per recording session; numbers run on across sessions so the newest is the highest. */
    @Test
    void aNewSessionGetsTheNextTagAndNumbersRunOn() {
        List<String> names = List.of("wave.001.csv", "wave.s1.002.csv", "idle.s2.003.csv", "wave.aiko.004.csv");
        assertThat(DatasetWriter.newSession(names)).isEqualTo("s3");
        assertThat(DatasetWriter.newSession(List.of())).isEqualTo("s1");
        assertThat(DatasetWriter.nextName(names, "wave", "csv", "s3")).isEqualTo("wave.s3.005.csv");
        assertThat(DatasetWriter.nextName(names, "idle", "csv", "s3")).isEqualTo("idle.s3.004.csv");
        assertThat(kumiki.ml.dataset.SessionTags.of("wave.s3.005.csv")).isEqualTo("s3");
    }
}
