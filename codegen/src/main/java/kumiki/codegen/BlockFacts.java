package kumiki.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kumiki.blocks.BlockAssets;

/**
 * What each block is, as the block definitions say: the blocks build reads every block's
 * connections and writes them to {@link BlockAssets#BLOCK_FACTS}. Java code asks here instead of
 * keeping its own lists, so adding a block never means editing Java.
 */
public final class BlockFacts {
    /** How a block joins others: a start block holds a stack, a statement sits in one, a value plugs in. */
    public enum Shape { HAT, STATEMENT, VALUE }

    /** One block: its shape and, for a value, the types it gives (empty when any type). */
    public record Fact(Shape shape, List<String> output) {
    }

    private static final Map<String, Fact> FACTS = load();

    private BlockFacts() {
    }

    /** The block's fact, or null for a type this Kumiki does not have. */
    public static Fact of(String type) {
        return FACTS.get(type);
    }

    /** Start blocks: a block runs only if its stack hangs from one of these. */
    public static Set<String> hats() {
        Set<String> hats = new TreeSet<>();
        FACTS.forEach((type, fact) -> {
            if (fact.shape() == Shape.HAT) {
                hats.add(type);
            }
        });
        return Collections.unmodifiableSet(hats);
    }

    public static boolean isHat(String type) {
        Fact f = FACTS.get(type);
        return f != null && f.shape() == Shape.HAT;
    }

    public static boolean isValue(String type) {
        Fact f = FACTS.get(type);
        return f != null && f.shape() == Shape.VALUE;
    }

    private static Map<String, Fact> load() {
        try (InputStream in = BlockAssets.resource(BlockAssets.BLOCK_FACTS).openStream()) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Fact> facts = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> {
                List<String> output = new ArrayList<>();
                e.getValue().path("output").forEach(t -> output.add(t.asText()));
                Shape shape = Shape.valueOf(e.getValue().path("shape").asText().toUpperCase(java.util.Locale.ROOT));
                facts.put(e.getKey(), new Fact(shape, List.copyOf(output)));
            });
            return Collections.unmodifiableMap(facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
