package kumiki.ml.quant;

/**
 * TFLite Micro's int8 softmax, step for step: the input difference to the row's maximum is scaled
 * into a Q5.26 fixed-point number, exp() is gemmlowp's fixed-point exp on negative values, the sum
 * is kept in Q12.19, and its reciprocal comes from gemmlowp's Newton-Raphson 1/(1+x). Output scale
 * 1/256, zero point −128, as TFLM requires. Same integers in, same integers out as on the board.
 */
public final class TflmSoftmax {
    private static final int SCALED_DIFF_INTEGER_BITS = 5;
    private static final int ACCUMULATION_INTEGER_BITS = 12;

    private final int inputMultiplier;
    private final int inputLeftShift;
    private final int diffMin;

    /** What TFLM's Prepare computes from the input scale and beta (always 1 for Kumiki's models). */
    public TflmSoftmax(double inputScale, double beta) {
        double maxReal = (1L << 31) - 1.0;
        double real = Math.min(beta * inputScale * (1L << (31 - SCALED_DIFF_INTEGER_BITS)), maxReal);
        int[] qs = quantizeMultiplierGreaterThanOne(real);
        this.inputMultiplier = qs[0];
        this.inputLeftShift = qs[1];
        double maxInputRescaled = 1.0 * ((1 << SCALED_DIFF_INTEGER_BITS) - 1)
                * (1L << (31 - SCALED_DIFF_INTEGER_BITS)) / (1L << inputLeftShift);
        this.diffMin = -(int) Math.floor(maxInputRescaled);
    }

    /** frexp and a Q31 mantissa rounded half away from zero, as TFLM's QuantizeMultiplier; the shift must be ≥ 0. */
    static int[] quantizeMultiplierGreaterThanOne(double real) {
        if (real == 0) {
            return new int[] {0, 0};
        }
        int shift = Math.getExponent(real) + 1;
        double mantissa = real / Math.scalb(1.0, shift);
        long q = Math.round(mantissa * (1L << 31));
        if (q == (1L << 31)) {
            q /= 2;
            shift++;
        }
        if (shift < 0) {
            throw new IllegalArgumentException("softmax input multiplier below one: " + real);
        }
        return new int[] {(int) q, shift};
    }

    public byte[] run(byte[] input) {
        int max = Byte.MIN_VALUE;
        for (byte b : input) {
            max = Math.max(max, b);
        }
        int sumOfExps = 0; // Q12.19
        for (byte b : input) {
            int diff = b - max;
            if (diff >= diffMin) {
                sumOfExps += roundingDivideByPot(expOfDiff(diff), ACCUMULATION_INTEGER_BITS);
            }
        }
        int headroomPlusOne = Integer.numberOfLeadingZeros(sumOfExps);
        int numBitsOverUnit = ACCUMULATION_INTEGER_BITS - headroomPlusOne;
        int shiftedSumMinusOne = (int) ((((long) sumOfExps & 0xFFFFFFFFL) << headroomPlusOne) - (1L << 31));
        int shiftedScale = oneOverOnePlusX(shiftedSumMinusOne);
        int exponent = numBitsOverUnit + 31 - 8;
        byte[] out = new byte[input.length];
        for (int i = 0; i < input.length; i++) {
            int diff = input[i] - max;
            if (diff >= diffMin) {
                int unsat = roundingDivideByPot(srdhm(shiftedScale, expOfDiff(diff)), exponent);
                out[i] = (byte) Math.max(-128, Math.min(127, unsat - 128));
            } else {
                out[i] = -128;
            }
        }
        return out;
    }

    /** exp(beta · scale · diff) as a Q0.31 number. */
    private int expOfDiff(int diff) {
        int rescaled = srdhm(diff * (1 << inputLeftShift), inputMultiplier);
        return expOnNegativeValues(rescaled);
    }

    // --- gemmlowp's fixed-point arithmetic on int32 ------------------------------------------

    static int srdhm(int a, int b) {
        return QuantMath.saturatingRoundingDoublingHighMul(a, b);
    }

    static int roundingDivideByPot(int x, int exponent) {
        return QuantMath.roundingDivideByPot(x, exponent);
    }

    /** x · 2^exponent with saturation (exponent > 0). */
    static int saturatingShiftLeft(int x, int exponent) {
        int threshold = (1 << (31 - exponent)) - 1;
        if (x > threshold) {
            return Integer.MAX_VALUE;
        }
        if (x < -threshold) {
            return Integer.MIN_VALUE;
        }
        return x << exponent;
    }

    /** exp(a) for a in [−1/4, 0), a and the result in Q0.31. */
    static int expOnIntervalBetweenNegativeOneQuarterAnd0Excl(int a) {
        final int constantTerm = 1895147668;      // exp(−1/8)
        final int constantOneOverThree = 715827883;
        int x = a + (1 << 28);                    // a + 1/8
        int x2 = srdhm(x, x);
        int x3 = srdhm(x2, x);
        int x4 = srdhm(x2, x2);
        int x4Over4 = roundingDivideByPot(x4, 2);
        int poly = roundingDivideByPot(srdhm(x4Over4 + x3, constantOneOverThree) + x2, 1);
        return constantTerm + srdhm(constantTerm, x + poly);
    }

    /** exp(a) for a ≤ 0 in Q5.26; the result in Q0.31. */
    static int expOnNegativeValues(int a) {
        final int fractionalBits = 26;
        final int oneQuarter = 1 << (fractionalBits - 2);
        int mask = oneQuarter - 1;
        int aModQuarterMinusOneQuarter = (a & mask) - oneQuarter;
        int result = expOnIntervalBetweenNegativeOneQuarterAnd0Excl(saturatingShiftLeft(aModQuarterMinusOneQuarter, 5));
        int remainder = aModQuarterMinusOneQuarter - a;
        // exp(−2^k) for k = −2 .. 4, applied for each bit of the remainder.
        int[] multipliers = {1672461947, 1302514674, 790015084, 290630308, 39332535, 720401, 242};
        for (int k = -2; k <= 4; k++) {
            if ((remainder & (1 << (fractionalBits + k))) != 0) {
                result = srdhm(result, multipliers[k + 2]);
            }
        }
        return a == 0 ? Integer.MAX_VALUE : result;
    }

    /** 1 / (1 + a) for a in [0, 1) in Q0.31, by three Newton-Raphson steps in Q2.29. */
    static int oneOverOnePlusX(int a) {
        long sum = (long) a + Integer.MAX_VALUE;
        long sign = sum >= 0 ? 1 : -1;
        int halfDenominator = (int) ((sum + sign) / 2);
        final int constant48Over17 = 1515870810;
        final int constantNeg32Over17 = -1010580540;
        final int oneQ229 = 1 << 29;
        int x = constant48Over17 + srdhm(halfDenominator, constantNeg32Over17);
        for (int i = 0; i < 3; i++) {
            int halfDenominatorTimesX = srdhm(halfDenominator, x);
            int oneMinus = oneQ229 - halfDenominatorTimesX;
            x = x + saturatingShiftLeft(srdhm(x, oneMinus), 2);
        }
        return saturatingShiftLeft(x, 1);
    }
}
