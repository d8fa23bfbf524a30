package kumiki.ml.quant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixed-point helpers against values worked out by hand from their definitions. */
class QuantMathTest {
    @Test
    void multipliersAreQ31WithAPowerOfTwoShift() {
        // 0.5 = 0.5 · 2^0 → q = 2^30, shift 0; 0.25 = 0.5 · 2^-1; 3.0 = 0.75 · 2^2.
        assertThat(QuantMath.quantizeMultiplier(0.5)).isEqualTo(new QuantMath.Multiplier(1 << 30, 0));
        assertThat(QuantMath.quantizeMultiplier(0.25)).isEqualTo(new QuantMath.Multiplier(1 << 30, -1));
        assertThat(QuantMath.quantizeMultiplier(3.0)).isEqualTo(new QuantMath.Multiplier(3 << 29, 2));
    }

    @Test
    void multiplyingRoundsLikeGemmlowp() {
        QuantMath.Multiplier half = QuantMath.quantizeMultiplier(0.5);
        assertThat(QuantMath.multiplyByQuantizedMultiplier(100, half)).isEqualTo(50);
        assertThat(QuantMath.multiplyByQuantizedMultiplier(101, half)).isEqualTo(51); // 50.5 → 51
        // The doubling high-mul nudges negatives by 1 - 2^30: (-101·2^30 + 1 - 2^30) / 2^31 = -51 + 2^-31,
        // which C truncates to -50. An exact negative half rounds toward zero there...
        assertThat(QuantMath.multiplyByQuantizedMultiplier(-101, half)).isEqualTo(-50);
        // ...but away from zero in the power-of-two divide: -10 · 0.25: high-mul gives -5, then -5 / 2 → -3.
        assertThat(QuantMath.multiplyByQuantizedMultiplier(-10, QuantMath.quantizeMultiplier(0.25))).isEqualTo(-3);
        QuantMath.Multiplier quarter = QuantMath.quantizeMultiplier(0.25);
        assertThat(QuantMath.multiplyByQuantizedMultiplier(10, quarter)).isEqualTo(3); // 2.5 → 3
        // Double rounding, as in gemmlowp: 9 · 0.25 = 2.25, but the high-mul first rounds 4.5 up to 5,
        // and the divide by 2 then rounds 2.5 up to 3. The device computes 3, so must we.
        assertThat(QuantMath.multiplyByQuantizedMultiplier(9, quarter)).isEqualTo(3);
        assertThat(QuantMath.multiplyByQuantizedMultiplier(7, QuantMath.quantizeMultiplier(3.0))).isEqualTo(21);
    }
}
