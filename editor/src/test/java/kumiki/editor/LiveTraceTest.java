package kumiki.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The live plot's readings: what a board sends decides nothing about how much is kept. */
class LiveTraceTest {
    @Test
    void keepsTheReadingsInOrderAndSkipsRowsThatAreNotReadings() {
        LiveTrace t = new LiveTrace(3, 10);
        t.add("1,2,3");
        t.add("#BUTTON C");
        t.add("4,5");
        t.add("NaN,1,1");
        t.add("7, 8 ,9");
        float[][] v = t.snapshot();
        assertThat(v[0]).containsExactly(1, 7);
        assertThat(v[1]).containsExactly(2, 8);
        assertThat(v[2]).containsExactly(3, 9);
    }

    /** A second of sound is 16,000 readings: every 16th is kept, and a board that never stops fills nothing more. */
    @Test
    void aFastOrEndlessStreamIsThinnedAndBounded() {
        LiveTrace t = new LiveTrace(1, 16_000);
        assertThat(t.capacity()).isEqualTo(1_000);
        for (int i = 0; i < 1_000_000; i++) {
            t.add(Integer.toString(i));
        }
        float[][] v = t.snapshot();
        assertThat(v[0]).hasSize(1_000);
        assertThat(v[0][1]).isEqualTo(16f);
        assertThat(v[0][999]).isEqualTo(999 * 16f);
        assertThat(LiveTrace.parse("1".repeat(10_000), 1)).isNull();
    }
}
