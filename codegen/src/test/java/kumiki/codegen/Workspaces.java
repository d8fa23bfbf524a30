package kumiki.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds small workspaces for tests. */
public final class Workspaces {
    static final ObjectMapper JSON = new ObjectMapper();

    private Workspaces() {
    }

    /** A start block holding {@code n} "print" blocks in one stack, each printing its own number. */
    public static String longStack(int n) {
        StringBuilder s = new StringBuilder("{\"blocks\": {\"languageVersion\": 0, \"blocks\": [{\"type\": "
                + "\"kumiki_on_start\", \"x\": 0, \"y\": 0, \"inputs\": {\"DO\": {\"block\": ");
        for (int i = 0; i < n; i++) {
            s.append("{\"type\": \"kumiki_serial_print\", \"id\": \"p").append(i).append("\", \"inputs\": {\"TEXT\": ")
                    .append("{\"shadow\": {\"type\": \"text\", \"fields\": {\"TEXT\": \"line ").append(i).append("\"}}}}");
            s.append(i + 1 < n ? ", \"next\": {\"block\": " : "");
        }
        s.append("}".repeat(1 + 2 * (n - 1)));
        return s.append("}}}]}}").toString();
    }

    /** A hand-written fixture from src/test/resources/fixtures, or null. */
    public static String fixture(String name) {
        try (InputStream in = Workspaces.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The smallest program that uses a block as the toolbox offers it (with its
     * default inputs): hats hold a print, statements sit in "when Kumiki starts",
     * values are printed.
     */
    public static String forBlock(HeadlessBlockly blockly, String type) throws IOException {
        String fixture = fixture(type);
        if (fixture != null) {
            return fixture;
        }
        ObjectNode block = (ObjectNode) JSON.readTree(blockly.toolboxBlock(type));
        block.remove("kind");
        ObjectNode top;
        if (BlockFacts.isHat(type)) {
            top = block;
            top.putObject("inputs").putObject("DO").set("block", print(JSON.createObjectNode().put("type", "text")
                    .set("fields", JSON.createObjectNode().put("TEXT", "hi"))));
        } else {
            top = JSON.createObjectNode().put("type", "kumiki_on_start");
            ObjectNode inner = BlockFacts.isValue(type) ? print(block) : block;
            top.putObject("inputs").putObject("DO").set("block", inner);
        }
        top.put("x", 0).put("y", 0);
        ObjectNode ws = JSON.createObjectNode();
        ArrayNode blocks = ws.putObject("blocks").put("languageVersion", 0).putArray("blocks");
        blocks.add(top);
        return ws.toString();
    }

    private static ObjectNode print(ObjectNode value) {
        ObjectNode p = JSON.createObjectNode().put("type", "kumiki_serial_print");
        p.putObject("inputs").putObject("TEXT").set("block", value);
        return p;
    }
}
