package kumiki.ml.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecognizerTest {
    static final float[] IDLE = {0.9f, 0.05f, 0.05f};
    static final float[] WAVE = {0.05f, 0.9f, 0.05f};
    static final float[] UNSURE = {0.4f, 0.35f, 0.25f};

    static List<String> events(Recognizer r, float[]... windows) {
        List<String> out = new ArrayList<>();
        for (float[] w : windows) {
            Recognizer.Change c = r.next(w);
            if (c.stopped() != null) {
                out.add("-" + c.stopped());
            }
            if (c.started() != null) {
                out.add("+" + c.started());
            }
        }
        return out;
    }

    @Test
    void aLabelIsRecognisedOnceWhenTwoOfThreeWindowsAgree() {
        Recognizer r = Recognizer.standard(List.of("idle", "wave", "shake"));
        assertThat(events(r, IDLE, IDLE, WAVE, WAVE, WAVE, UNSURE, WAVE, IDLE, IDLE, IDLE))
                .containsExactly("+idle", "-idle", "+wave", "-wave", "+idle");
        assertThat(r.recognised()).isEqualTo("idle");
    }

    /** One odd window neither fires an event nor breaks a gesture in two. */
    @Test
    void oneJitteryWindowChangesNothing() {
        Recognizer r = Recognizer.standard(List.of("idle", "wave", "shake"));
        assertThat(events(r, IDLE, IDLE, WAVE, IDLE, IDLE)).containsExactly("+idle");
        Recognizer s = Recognizer.standard(List.of("idle", "wave", "shake"));
        assertThat(events(s, WAVE, WAVE, UNSURE, WAVE, WAVE)).containsExactly("+wave");
    }

    @Test
    void belowItsThresholdALabelIsNotRecognised() {
        Recognizer r = Recognizer.standard(List.of("idle", "wave", "shake"));
        assertThat(events(r, UNSURE, UNSURE, UNSURE)).isEmpty();
        assertThat(r.recognised()).isEmpty();
        r.setThreshold("idle", 0.3);
        assertThat(events(r, UNSURE, UNSURE)).containsExactly("+idle");
    }
}
