package kumiki.codegen.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Expression trees in the notation of {@code blocks/test-support/trees.mjs} (a number, a string,
 * true/false, or [op, args...]) turned into a Blockly workspace that prints each tree on its own
 * line when the board starts.
 */
public final class ExpressionWorkspace {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ARITHMETIC = Map.of("+", "ADD", "-", "MINUS", "*", "MULTIPLY", "/", "DIVIDE",
            "^", "POWER");
    private static final Map<String, String> COMPARE = Map.of("==", "EQ", "!=", "NEQ", "<", "LT", "<=", "LTE", ">", "GT",
            ">=", "GTE");
    private static final Map<String, String> SINGLE = Map.of("neg", "NEG", "abs", "ABS", "sqrt", "ROOT");
    private static final Map<String, String> ROUND = Map.of("round", "ROUND", "roundup", "ROUNDUP", "rounddown", "ROUNDDOWN");

    private ExpressionWorkspace() {
    }

    /** The workspace: "when Kumiki starts", then one print per tree, in order. */
    public static String printing(List<JsonNode> trees) {
        ObjectNode next = null;
        for (int i = trees.size() - 1; i >= 0; i--) {
            ObjectNode print = JSON.createObjectNode().put("type", "kumiki_serial_print");
            print.putObject("inputs").putObject("TEXT").set("block", block(trees.get(i)));
            if (next != null) {
                print.putObject("next").set("block", next);
            }
            next = print;
        }
        ObjectNode start = JSON.createObjectNode().put("type", "kumiki_on_start").put("x", 0).put("y", 0);
        if (next != null) {
            start.putObject("inputs").putObject("DO").set("block", next);
        }
        ObjectNode ws = JSON.createObjectNode();
        ws.putObject("blocks").put("languageVersion", 0).putArray("blocks").add(start);
        return ws.toString();
    }

    static ObjectNode block(JsonNode tree) {
        if (tree.isNumber()) {
            return leaf("math_number", "NUM", tree);
        }
        if (tree.isTextual()) {
            return leaf("text", "TEXT", tree);
        }
        if (tree.isBoolean()) {
            return leaf("logic_boolean", "BOOL", JSON.getNodeFactory().textNode(tree.asBoolean() ? "TRUE" : "FALSE"));
        }
        String op = tree.get(0).asText();
        if (ARITHMETIC.containsKey(op)) {
            return withInputs(field("math_arithmetic", "OP", ARITHMETIC.get(op)), tree, "A", "B");
        }
        if (COMPARE.containsKey(op)) {
            return withInputs(field("logic_compare", "OP", COMPARE.get(op)), tree, "A", "B");
        }
        if (SINGLE.containsKey(op)) {
            return withInputs(field("math_single", "OP", SINGLE.get(op)), tree, "NUM");
        }
        if (ROUND.containsKey(op)) {
            return withInputs(field("math_round", "OP", ROUND.get(op)), tree, "NUM");
        }
        return switch (op) {
            case "%" -> withInputs(type("math_modulo"), tree, "DIVIDEND", "DIVISOR");
            case "and", "or" -> withInputs(field("logic_operation", "OP", op.toUpperCase(java.util.Locale.ROOT)), tree, "A", "B");
            case "not" -> withInputs(type("logic_negate"), tree, "BOOL");
            case "?:" -> withInputs(type("logic_ternary"), tree, "IF", "THEN", "ELSE");
            case "join" -> {
                ObjectNode join = type("text_join");
                join.putObject("extraState").put("itemCount", tree.size() - 1);
                String[] names = new String[tree.size() - 1];
                for (int i = 0; i < names.length; i++) {
                    names[i] = "ADD" + i;
                }
                yield withInputs(join, tree, names);
            }
            case "length" -> withInputs(type("text_length"), tree, "VALUE");
            case "isEmpty" -> withInputs(type("text_isEmpty"), tree, "VALUE");
            case "text" -> withInputs(type("kumiki_number_to_text"), tree, "NUMBER");
            case "map" -> withInputs(type("kumiki_map"), tree, "VALUE", "FROM_LOW", "FROM_HIGH", "TO_LOW", "TO_HIGH");
            case "constrain" -> withInputs(type("math_constrain"), tree, "VALUE", "LOW", "HIGH");
            case "millis" -> type("kumiki_millis");
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    private static ObjectNode type(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    private static ObjectNode field(String type, String name, String value) {
        ObjectNode b = type(type);
        b.putObject("fields").put(name, value);
        return b;
    }

    private static ObjectNode leaf(String type, String name, JsonNode value) {
        ObjectNode b = type(type);
        b.putObject("fields").set(name, value);
        return b;
    }

    private static ObjectNode withInputs(ObjectNode block, JsonNode tree, String... names) {
        ObjectNode inputs = block.putObject("inputs");
        for (int i = 0; i < names.length; i++) {
            inputs.putObject(names[i]).set("block", block(tree.get(i + 1)));
        }
        return block;
    }
}
