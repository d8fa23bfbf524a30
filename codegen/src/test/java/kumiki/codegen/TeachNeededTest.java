package kumiki.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The certainty each label needs, as kumiki_model.h gets it from model.json: the wizard's markers
 * where they are sane shares, else the model's one threshold, else 0.7. A hand-edited model.json must
 * not make a label impossible (above 1) or always recognised (0 or below).
 */
class TeachNeededTest {
    static JsonNode recognition(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void markersAreUsedWhereSaneAndTheOneThresholdElsewhere() throws Exception {
        JsonNode r = recognition("{\"threshold\":0.6,\"thresholds\":[0.85,5,\"x\",-1,0.05,null]}");
        assertThat(TeachFiles.needed(r, 0)).isEqualTo(0.85);
        assertThat(TeachFiles.needed(r, 1)).isEqualTo(0.6);
        assertThat(TeachFiles.needed(r, 2)).isEqualTo(0.6);
        assertThat(TeachFiles.needed(r, 3)).isEqualTo(0.6);
        assertThat(TeachFiles.needed(r, 4)).isEqualTo(0.05);
        assertThat(TeachFiles.needed(r, 5)).isEqualTo(0.6);
        assertThat(TeachFiles.needed(r, 9)).isEqualTo(0.6);
    }

    @Test
    void aBadOneThresholdFallsBackToSeventyPercent() throws Exception {
        assertThat(TeachFiles.needed(recognition("{\"threshold\":7}"), 0)).isEqualTo(0.7);
        assertThat(TeachFiles.needed(recognition("{}"), 0)).isEqualTo(0.7);
        assertThat(TeachFiles.needed(recognition("{\"threshold\":0.9,\"thresholds\":{\"a\":1}}"), 0)).isEqualTo(0.9);
    }
}
