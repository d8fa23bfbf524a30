package kumiki.ml.quant;

/**
 * TFLite Micro's fixed-point helpers (from its reference kernels' common code),
 * so the Java interpreter rounds exactly as the device does.
 */
public final class QuantMath {
    private QuantMath() {
    }

    /** A real multiplier as a Q31 value and a power-of-two shift: real ≈ q · 2^shift / 2^31. */
    public record Multiplier(int q, int shift) {
    }

    public static Multiplier quantizeMultiplier(double real) {
        if (real == 0) {
            return new Multiplier(0, 0);
        }
        int exponent = Math.getExponent(real) + 1; // frexp: real = mantissa · 2^exponent, mantissa in [0.5, 1)
        double mantissa = real / Math.pow(2, exponent);
        long q = Math.round(mantissa * (1L << 31));
        if (q == (1L << 31)) {
            q /= 2;
            exponent++;
        }
        if (exponent < -31) {
            return new Multiplier(0, 0);
        }
        if (exponent > 30) {
            exponent = 30;
            q = (1L << 31) - 1;
        }
        return new Multiplier((int) q, exponent);
    }

    static int saturatingRoundingDoublingHighMul(int a, int b) {
        if (a == b && a == Integer.MIN_VALUE) {
            return Integer.MAX_VALUE;
        }
        long ab = (long) a * b;
        long nudge = ab >= 0 ? (1L << 30) : (1 - (1L << 30));
        return (int) ((ab + nudge) / (1L << 31));
    }

    static int roundingDivideByPot(int x, int exponent) {
        int mask = (1 << exponent) - 1;
        int remainder = x & mask;
        int threshold = (mask >> 1) + (x < 0 ? 1 : 0);
        return (x >> exponent) + (remainder > threshold ? 1 : 0);
    }

    public static int multiplyByQuantizedMultiplier(int x, Multiplier m) {
        int left = m.shift() > 0 ? m.shift() : 0;
        int right = m.shift() > 0 ? 0 : -m.shift();
        return roundingDivideByPot(saturatingRoundingDoublingHighMul(x * (1 << left), m.q()), right);
    }
}
