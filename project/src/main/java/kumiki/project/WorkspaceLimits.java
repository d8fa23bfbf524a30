package kumiki.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * The limits a Blockly workspace from a file must keep before any Blockly sees it, the editor's or
 * the compiler's. A 319-byte project asking for a billion "else if" branches froze the editor and
 * took gigabytes, because Blockly builds whatever a workspace asks for; so every count, size and
 * nesting a file controls is bounded here, in the one place that projects, recovery copies and
 * lessons all pass through.
 *
 * <p>The walk is iterative: a stack of ten thousand blocks (a long song) is ten thousand levels of
 * {@code next}, which no recursive walk may follow.
 */
public final class WorkspaceLimits {
    /** Blocks in a workspace: far more than a class makes, few enough to load and compile. */
    public static final int MAX_BLOCKS = 20_000;
    /** Blocks inside blocks (inputs, not the next block in a stack). */
    public static final int MAX_NESTING = 150;
    /** Any count in a block's mutation: "else if" branches, text join items, function parameters. */
    public static final int MAX_MUTATION = 200;
    /** Characters of any text: a field, a comment, a name. */
    public static final int MAX_TEXT = 10_000;
    /** Variables in a workspace. */
    public static final int MAX_VARIABLES = 2_000;
    /**
     * JSON levels such a workspace needs at most: two for each block of one long stack ({"next":
     * {"block": ...}}), four or five for each level of inputs, and a few around them.
     */
    public static final int MAX_JSON_DEPTH = 2 * MAX_BLOCKS + 5 * MAX_NESTING + 100;

    private WorkspaceLimits() {
    }

    /** Checks {@code workspace} (Blockly's JSON); {@code shown} names the file in the message. */
    public static void check(JsonNode workspace, String shown) throws ProjectException {
        if (workspace == null || workspace.isNull() || workspace.isObject() && workspace.isEmpty()) {
            return;
        }
        if (!workspace.isObject()) {
            throw bad(shown, "not an object");
        }
        JsonNode variables = workspace.path("variables");
        if (!variables.isMissingNode()) {
            if (!variables.isArray()) {
                throw bad(shown, "variables");
            }
            if (variables.size() > MAX_VARIABLES) {
                throw new ProjectException("project.workspace.tooManyVariables", shown, MAX_VARIABLES);
            }
            for (JsonNode v : variables) {
                text(v.path("name"), shown, "variable name");
                text(v.path("id"), shown, "variable id");
            }
        }
        JsonNode blocks = workspace.path("blocks");
        if (blocks.isMissingNode()) {
            return;
        }
        JsonNode top = blocks.path("blocks");
        if (!blocks.isObject() || !top.isMissingNode() && !top.isArray()) {
            throw bad(shown, "blocks");
        }
        record Pending(JsonNode block, int depth) {
        }
        Deque<Pending> todo = new ArrayDeque<>();
        for (JsonNode b : top) {
            todo.push(new Pending(b, 0));
        }
        int count = 0;
        while (!todo.isEmpty()) {
            Pending p = todo.pop();
            // Follow the stack with a loop; only inputs add depth.
            for (JsonNode block = p.block(); block != null; block = next(block, shown)) {
                if (++count > MAX_BLOCKS) {
                    throw new ProjectException("project.workspace.tooManyBlocks", shown, MAX_BLOCKS);
                }
                if (p.depth() > MAX_NESTING) {
                    throw new ProjectException("project.workspace.tooDeep", shown, MAX_NESTING);
                }
                checkBlock(block, shown);
                for (Iterator<Map.Entry<String, JsonNode>> it = block.path("inputs").fields(); it.hasNext(); ) {
                    JsonNode input = it.next().getValue();
                    if (!input.isObject()) {
                        throw bad(shown, "an input of " + typeOf(block));
                    }
                    for (String kind : new String[] {"block", "shadow"}) {
                        JsonNode child = input.get(kind);
                        if (child != null && !child.isNull()) {
                            todo.push(new Pending(child, p.depth() + 1));
                        }
                    }
                }
            }
        }
    }

    private static JsonNode next(JsonNode block, String shown) throws ProjectException {
        JsonNode next = block.get("next");
        if (next == null || next.isNull()) {
            return null;
        }
        if (!next.isObject()) {
            throw bad(shown, "the block after " + typeOf(block));
        }
        JsonNode b = next.get("block");
        return b == null || b.isNull() ? null : b;
    }

    private static void checkBlock(JsonNode block, String shown) throws ProjectException {
        if (!block.isObject()) {
            throw bad(shown, "a block that is not an object");
        }
        JsonNode type = block.get("type");
        if (type == null || !type.isTextual() || type.asText().isEmpty() || type.asText().length() > 100) {
            throw bad(shown, "a block without a type");
        }
        if (block.has("id")) {
            text(block.get("id"), shown, "block id");
        }
        for (String key : new String[] {"x", "y"}) {
            JsonNode n = block.get(key);
            if (n != null && !(n.isNumber() && Double.isFinite(n.asDouble()) && Math.abs(n.asDouble()) < 1e7)) {
                throw bad(shown, "the position of " + typeOf(block));
            }
        }
        for (String key : new String[] {"fields", "inputs", "icons"}) {
            JsonNode n = block.get(key);
            if (n != null && !n.isObject()) {
                throw bad(shown, "the " + key + " of " + typeOf(block));
            }
        }
        for (Iterator<JsonNode> it = block.path("fields").elements(); it.hasNext(); ) {
            JsonNode value = it.next();
            if (value.isObject()) {
                for (JsonNode part : value) {
                    text(part, shown, "a field of " + typeOf(block));
                }
            } else {
                text(value, shown, "a field of " + typeOf(block));
            }
        }
        JsonNode comment = block.path("icons").path("comment");
        if (!comment.isMissingNode()) {
            text(comment.path("text"), shown, "a comment");
        }
        JsonNode state = block.get("extraState");
        if (state != null) {
            mutation(state, block, shown, 0);
        }
    }

    /** Every count in a mutation is small, every text short, and the structure shallow. */
    private static void mutation(JsonNode state, JsonNode block, String shown, int depth) throws ProjectException {
        if (depth > 4) {
            throw bad(shown, "the mutation of " + typeOf(block));
        }
        if (state.isNumber()) {
            double n = state.asDouble();
            if (!(n >= 0 && n <= MAX_MUTATION)) {
                throw new ProjectException("project.workspace.mutation", shown, typeOf(block), state.asText(), MAX_MUTATION);
            }
        } else if (state.isTextual()) {
            text(state, shown, "the mutation of " + typeOf(block));
        } else if (state.isArray() || state.isObject()) {
            if (state.size() > MAX_MUTATION) {
                throw new ProjectException("project.workspace.mutation", shown, typeOf(block), state.size(), MAX_MUTATION);
            }
            for (JsonNode part : state) {
                mutation(part, block, shown, depth + 1);
            }
        }
    }

    private static void text(JsonNode value, String shown, String what) throws ProjectException {
        if (value.isTextual() && value.asText().length() > MAX_TEXT) {
            throw new ProjectException("project.workspace.textTooLong", new IllegalArgumentException(what), shown, MAX_TEXT);
        }
        if (value.isNumber() && !Double.isFinite(value.asDouble())) {
            throw bad(shown, what);
        }
        if (value.isContainerNode()) {
            throw bad(shown, what);
        }
    }

    private static String typeOf(JsonNode block) {
        String type = block.path("type").asText("?");
        return type.length() > 40 ? type.substring(0, 40) + "…" : type;
    }

    /** The words say only that the blocks are damaged; what exactly is kept for the log, in the cause. */
    private static ProjectException bad(String shown, String what) {
        return new ProjectException("project.workspace.bad", new IllegalArgumentException(what), shown);
    }
}
