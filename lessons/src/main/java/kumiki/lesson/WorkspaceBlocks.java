package kumiki.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kumiki.codegen.BlockFacts;

/**
 * The blocks of a saved Blockly workspace, flattened for checking: each with its fields, the
 * numbers in its value inputs, the blocks it sits inside, and whether it is attached to a start
 * block (only attached blocks run, so only they count; {@link BlockFacts} says which blocks start a program). Shadow blocks are values, not blocks.
 */
public final class WorkspaceBlocks {

    /** One placed block. {@code containers} runs from the nearest enclosing block outwards. */
    public record Node(String type, String id, Map<String, String> fields, Map<String, Double> numbers,
                       List<Node> containers, boolean attached) {
    }

    private WorkspaceBlocks() {
    }

    public static List<Node> of(String workspaceJson) throws LessonException {
        List<Node> out = new ArrayList<>();
        if (workspaceJson == null) {
            return out;
        }
        JsonNode root = LessonLoader.readJson(workspaceJson.getBytes(java.nio.charset.StandardCharsets.UTF_8), "workspace");
        for (JsonNode top : root.path("blocks").path("blocks")) {
            boolean attached = BlockFacts.isHat(top.path("type").asText());
            walkStack(top, List.of(), attached, out, 0);
        }
        return out;
    }

    private static void walkStack(JsonNode first, List<Node> containers, boolean attached, List<Node> out, int depth) {
        JsonNode block = first;
        int guard = 0;
        while (block != null && block.isObject() && guard++ < 10_000 && depth < 200) {
            Node node = node(block, containers, attached);
            out.add(node);
            List<Node> inner = new ArrayList<>();
            inner.add(node);
            inner.addAll(containers);
            Iterator<Map.Entry<String, JsonNode>> inputs = block.path("inputs").fields();
            while (inputs.hasNext()) {
                JsonNode child = inputs.next().getValue().get("block");
                if (child != null) {
                    walkStack(child, List.copyOf(inner), attached, out, depth + 1);
                }
            }
            block = block.path("next").get("block");
        }
    }

    private static Node node(JsonNode block, List<Node> containers, boolean attached) {
        Map<String, String> fields = new LinkedHashMap<>();
        block.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(),
                e.getValue().isObject() ? e.getValue().path("id").asText(e.getValue().toString()) : e.getValue().asText()));
        Map<String, Double> numbers = new LinkedHashMap<>();
        block.path("inputs").fields().forEachRemaining(e -> {
            JsonNode value = e.getValue().has("block") ? e.getValue().get("block") : e.getValue().get("shadow");
            if (value != null && value.path("type").asText().equals("math_number")) {
                JsonNode num = value.path("fields").path("NUM");
                if (num.isNumber() || num.isTextual() && num.asText().matches("-?\\d+(\\.\\d+)?")) {
                    numbers.put(e.getKey(), num.asDouble());
                }
            }
        });
        // Field numbers (the "every … ms" block keeps its number in a field) count as numbers too.
        fields.forEach((k, v) -> {
            if (v.matches("-?\\d+(\\.\\d+)?") && !numbers.containsKey(k)) {
                numbers.put(k, Double.parseDouble(v));
            }
        });
        return new Node(block.path("type").asText(), block.path("id").asText(), fields, numbers, containers, attached);
    }
}
