package kumiki.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kumiki.codegen.Problem;

/** JSON output of the command line. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode problems(List<Problem> problems) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Problem p : problems) {
            ObjectNode n = array.addObject();
            n.put("kind", p.kind());
            n.put("blockId", p.blockId());
            n.put("message", p.message());
        }
        return array;
    }

    public static String error(String key, String message) {
        ObjectNode n = object();
        n.put("ok", false);
        ObjectNode e = n.putObject("error");
        e.put("key", key);
        e.put("message", message);
        return n.toString();
    }
}
