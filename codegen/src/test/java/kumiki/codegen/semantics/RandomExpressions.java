package kumiki.codegen.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Random;

/**
 * Seeded random expression trees over numbers, booleans and text, well typed as Blockly's input
 * checks would have them: arithmetic with power and remainder, compare, and/or/not, the
 * conditional, join, length, number to text, map and constrain.
 */
public final class RandomExpressions {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> TEXTS = List.of("", "a", "b", "ab", "Wio", "abc", "B");
    private static final List<Double> ODD_NUMBERS = List.of(2.5, 0.5, -1.5, 0.25, 50000.0, 1000000.0, 0.1);
    private static final String[] ARITHMETIC = {"+", "-", "*", "/"};
    private static final String[] COMPARE = {"==", "!=", "<", "<=", ">", ">="};

    private final Random random;
    private final int maxDepth;

    public RandomExpressions(long seed, int maxDepth) {
        this.random = new Random(seed);
        this.maxDepth = maxDepth;
    }

    /** A tree of any of the three kinds. */
    public JsonNode next() {
        int kind = random.nextInt(4);
        return kind < 2 ? number(maxDepth) : kind == 2 ? bool(maxDepth) : text(maxDepth);
    }

    JsonNode number(int depth) {
        if (depth == 0 || random.nextInt(10) < 3) {
            int pick = random.nextInt(20);
            if (pick < 15) {
                return F.numberNode(random.nextInt(19) - 9);
            }
            return pick < 19 ? F.numberNode(ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size()))) : F.numberNode(0);
        }
        int d = depth - 1;
        return switch (random.nextInt(17)) {
            case 0, 1, 2, 3, 4, 5 -> op(ARITHMETIC[random.nextInt(4)], number(d), number(d));
            case 6 -> op("^", number(d), F.numberNode(random.nextInt(4)));
            case 7 -> op("%", number(d), number(d));
            case 8 -> op("neg", number(d));
            case 9 -> op("abs", number(d));
            case 10 -> op(List.of("round", "roundup", "rounddown").get(random.nextInt(3)), number(d));
            case 11 -> op("constrain", number(d), number(d), number(d));
            case 12 -> op("map", number(d), number(d), number(d), number(d), number(d));
            case 13, 14 -> op("length", text(d));
            default -> op("?:", bool(d), number(d), number(d));
        };
    }

    JsonNode bool(int depth) {
        if (depth == 0 || random.nextInt(10) < 2) {
            return F.booleanNode(random.nextBoolean());
        }
        int d = depth - 1;
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> op(COMPARE[random.nextInt(6)], number(d), number(d));
            case 3 -> op(COMPARE[random.nextInt(6)], text(d), text(d));
            case 4 -> op(COMPARE[random.nextInt(2)], bool(d), bool(d));
            case 5, 6 -> op("and", bool(d), bool(d));
            case 7, 8 -> op("or", bool(d), bool(d));
            case 9 -> op("not", bool(d));
            case 10 -> op("isEmpty", text(d));
            default -> op("?:", bool(d), bool(d), bool(d));
        };
    }

    JsonNode text(int depth) {
        if (depth == 0 || random.nextInt(10) < 3) {
            return F.textNode(TEXTS.get(random.nextInt(TEXTS.size())));
        }
        int d = depth - 1;
        return switch (random.nextInt(6)) {
            case 0, 1, 2 -> {
                int parts = 2 + random.nextInt(2);
                JsonNode[] args = new JsonNode[parts];
                for (int i = 0; i < parts; i++) {
                    int kind = random.nextInt(3);
                    args[i] = kind == 0 ? number(d) : kind == 1 ? bool(d) : text(d);
                }
                yield op("join", args);
            }
            case 3, 4 -> op("text", number(d));
            default -> op("?:", bool(d), text(d), text(d));
        };
    }

    static ArrayNode op(String name, JsonNode... args) {
        ArrayNode node = F.arrayNode().add(name);
        for (JsonNode a : args) {
            node.add(a);
        }
        return node;
    }
}
