package kumiki.codegen.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an expression means, worked out without any of Kumiki's generator: Blockly's meaning of each
 * block (its JavaScript generator's arithmetic, comparisons and text), in Java, plus the two things
 * Kumiki defines itself: how a number becomes text on the board, and "map".
 *
 * <p>Number to text (Kumiki's documented meaning): whole numbers below 2^31 as digits; other numbers
 * below 10^15 as the board's printf writes them, whole ones as digits and others with two decimals,
 * an exact half going to the even digit; NaN, Infinity and -Infinity as words. Numbers of 10^15 and
 * more are written with an exponent, which this evaluator does not model: it refuses such trees
 * ({@link Unrepresentable}), and a hand-written case covers them.
 */
public final class ExpressionMeaning {
    /** The tree prints a number this evaluator does not model (10^15 or more). */
    public static final class Unrepresentable extends RuntimeException {
        Unrepresentable(double v) {
            super("prints " + v);
        }
    }

    private ExpressionMeaning() {
    }

    /** The line the board prints for {@code Serial.println} of the tree. */
    public static String printed(JsonNode tree) {
        return text(eval(tree));
    }

    static Object eval(JsonNode t) {
        if (t.isNumber()) {
            return t.asDouble();
        }
        if (t.isTextual()) {
            return t.asText();
        }
        if (t.isBoolean()) {
            return t.asBoolean();
        }
        String op = t.get(0).asText();
        switch (op) {
            case "+": return num(t, 1) + num(t, 2);
            case "-": return num(t, 1) - num(t, 2);
            case "*": return num(t, 1) * num(t, 2);
            case "/": return num(t, 1) / num(t, 2);
            case "^": return Math.pow(num(t, 1), num(t, 2));
            case "%": return num(t, 1) % num(t, 2);   // JavaScript's %: the sign of the dividend
            case "neg": return -num(t, 1);
            case "abs": return Math.abs(num(t, 1));
            case "sqrt": return Math.sqrt(num(t, 1));
            case "round": return jsRound(num(t, 1));
            case "roundup": return Math.ceil(num(t, 1));
            case "rounddown": return Math.floor(num(t, 1));
            case "constrain": return Math.min(Math.max(num(t, 1), num(t, 2)), num(t, 3));
            case "map": {
                double v = num(t, 1);
                double fromLow = num(t, 2);
                double fromHigh = num(t, 3);
                double toLow = num(t, 4);
                double toHigh = num(t, 5);
                return fromHigh == fromLow ? toLow : (v - fromLow) * (toHigh - toLow) / (fromHigh - fromLow) + toLow;
            }
            case "length": return (double) ((String) eval(t.get(1))).length();
            case "isEmpty": return ((String) eval(t.get(1))).isEmpty();
            case "text": return text(num(t, 1));
            case "join": {
                StringBuilder s = new StringBuilder();
                for (int i = 1; i < t.size(); i++) {
                    s.append(text(eval(t.get(i))));
                }
                return s.toString();
            }
            case "and": return bool(t, 1) && bool(t, 2);
            case "or": return bool(t, 1) || bool(t, 2);
            case "not": return !bool(t, 1);
            case "?:": return bool(t, 1) ? eval(t.get(2)) : eval(t.get(3));
            case "==", "!=", "<", "<=", ">", ">=": return compare(op, eval(t.get(1)), eval(t.get(2)));
            default: throw new IllegalArgumentException("unknown op " + op);
        }
    }

    private static boolean compare(String op, Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            // IEEE comparison: NaN is equal to nothing, itself included.
            return switch (op) {
                case "==" -> x.doubleValue() == y.doubleValue();
                case "!=" -> x.doubleValue() != y.doubleValue();
                case "<" -> x < y;
                case "<=" -> x <= y;
                case ">" -> x > y;
                default -> x >= y;
            };
        }
        int c = a instanceof String s ? s.compareTo((String) b) : Boolean.compare((Boolean) a, (Boolean) b);
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /** JavaScript's Math.round: the nearest whole number, a half going toward +Infinity. */
    static double jsRound(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR).doubleValue();
    }

    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        double v = (Double) value;
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (Math.abs(v) >= 1e15) {
            throw new Unrepresentable(v);
        }
        BigDecimal exact = new BigDecimal(v);
        if (v == Math.rint(v)) {
            return exact.toBigInteger().toString();
        }
        BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_EVEN);
        // printf keeps the sign of a negative number that rounds to zero: -0.004 is "-0.00".
        return (v < 0 && rounded.signum() == 0 ? "-" : "") + rounded.toPlainString();
    }

    private static double num(JsonNode t, int i) {
        return (Double) eval(t.get(i));
    }

    private static boolean bool(JsonNode t, int i) {
        return (Boolean) eval(t.get(i));
    }
}
