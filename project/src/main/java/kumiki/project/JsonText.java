package kumiki.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text of a tree, written without recursion. Jackson writes a tree by calling itself once per
 * level, and a stack of ten thousand blocks is some forty thousand levels: that overflowed the
 * thread's stack on save. Here the levels are kept in a list instead.
 */
public final class JsonText {
    private static final ObjectMapper MAPPER = Project.limited(new ObjectMapper());

    private JsonText() {
    }

    /** Compact JSON, as Blockly's own serialization is passed around. */
    public static String compact(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            write(node, gen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Indented JSON in UTF-8, for files a person may read (project.json). */
    public static byte[] pretty(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            // Indentation stops growing after twenty levels: a stack of ten thousand blocks indented
            // level by level would be quadratic in size (hundreds of megabytes).
            DefaultIndenter indent = new DefaultIndenter() {
                @Override
                public void writeIndentation(JsonGenerator g, int level) throws IOException {
                    super.writeIndentation(g, Math.min(level, 20));
                }
            };
            gen.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(indent).withArrayIndenter(indent));
            write(node, gen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A deep copy made without recursion (Jackson's deepCopy calls itself once per level). */
    @SuppressWarnings("unchecked")
    public static <T extends JsonNode> T copy(T node) {
        if (!node.isContainerNode()) {
            return (T) node.deepCopy();
        }
        record Pair(JsonNode from, ContainerNode<?> to) {
        }
        JsonNodeFactory f = MAPPER.getNodeFactory();
        ContainerNode<?> root = node.isObject() ? f.objectNode() : f.arrayNode();
        Deque<Pair> todo = new ArrayDeque<>();
        todo.push(new Pair(node, root));
        while (!todo.isEmpty()) {
            Pair p = todo.pop();
            if (p.from().isObject()) {
                var to = (ObjectNode) p.to();
                for (Iterator<Map.Entry<String, JsonNode>> it = p.from().fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode v = e.getValue();
                    if (v.isObject()) {
                        todo.push(new Pair(v, to.putObject(e.getKey())));
                    } else if (v.isArray()) {
                        todo.push(new Pair(v, to.putArray(e.getKey())));
                    } else {
                        to.set(e.getKey(), v.deepCopy());
                    }
                }
            } else {
                var to = (ArrayNode) p.to();
                for (JsonNode v : p.from()) {
                    if (v.isObject()) {
                        todo.push(new Pair(v, to.addObject()));
                    } else if (v.isArray()) {
                        todo.push(new Pair(v, to.addArray()));
                    } else {
                        to.add(v.deepCopy());
                    }
                }
            }
        }
        return (T) root;
    }

    /** One open object or array: what is left to write in it. */
    private record Open(boolean object, Iterator<Map.Entry<String, JsonNode>> fields, Iterator<JsonNode> elements) {
    }

    private static void write(JsonNode root, JsonGenerator gen) throws IOException {
        Deque<Open> open = new ArrayDeque<>();
        JsonNode next = root;
        while (true) {
            if (next != null) {
                if (next.isObject()) {
                    gen.writeStartObject();
                    open.push(new Open(true, next.fields(), null));
                } else if (next.isArray()) {
                    gen.writeStartArray();
                    open.push(new Open(false, null, next.elements()));
                } else {
                    MAPPER.writeTree(gen, next);
                }
                next = null;
            }
            Open top = open.peek();
            if (top == null) {
                return;
            }
            if (top.object() && top.fields().hasNext()) {
                Map.Entry<String, JsonNode> e = top.fields().next();
                gen.writeFieldName(e.getKey());
                next = e.getValue();
            } else if (!top.object() && top.elements().hasNext()) {
                next = top.elements().next();
            } else {
                open.pop();
                if (top.object()) {
                    gen.writeEndObject();
                } else {
                    gen.writeEndArray();
                }
            }
        }
    }
}
