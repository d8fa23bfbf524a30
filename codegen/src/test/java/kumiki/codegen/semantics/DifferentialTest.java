package kumiki.codegen.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Random expression trees (seeded, so every run sees the same 2,000) through blocks, the headless
 * compiler and the host runner: each printed line must equal what the independent evaluator says the
 * blocks mean. On a difference the test shrinks the tree to the smallest one that still differs.
 */
class DifferentialTest {
    // Fixed, so CI always checks the same trees; -Dkumiki.differentialSeed=N explores others by hand.
    private static final long SEED = Long.getLong("kumiki.differentialSeed", 20261201);
    private static final int TREES = 2000;
    private static final int BATCH = 100;

    @Test
    void theBoardPrintsWhatTheBlocksMean() {
        RandomExpressions random = new RandomExpressions(SEED, 4);
        List<JsonNode> trees = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        while (trees.size() < TREES) {
            JsonNode tree = random.next();
            try {
                expected.add(ExpressionMeaning.printed(tree));
                trees.add(tree);
            } catch (ExpressionMeaning.Unrepresentable e) {
                // the exponent form is not modelled; draw another tree
            }
        }
        List<Integer> differing = new ArrayList<>();
        for (int from = 0; from < TREES; from += BATCH) {
            List<JsonNode> batch = trees.subList(from, Math.min(TREES, from + BATCH));
            SketchOfTrees sketch = SketchOfTrees.run(batch);
            if (sketch.run.exit() != 0) {
                throw new AssertionError("the sketch of trees " + from + ".. stopped with exit code " + sketch.run.exit()
                        + " after " + sketch.lines.size() + " lines; it is in " + keep(sketch.code) + "\n" + sketch.run.events());
            }
            assertThat(sketch.lines).hasSize(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                if (!sketch.lines.get(i).equals(expected.get(from + i))) {
                    differing.add(from + i);
                }
            }
        }
        System.out.printf("Differential test: %d trees, %d expression shapes (operator, input, operator), %d differences%n",
                TREES, shapes(trees).size(), differing.size());
        if (!differing.isEmpty()) {
            JsonNode smallest = shrink(trees.get(differing.get(0)));
            SketchOfTrees s = SketchOfTrees.run(List.of(smallest));
            throw new AssertionError(differing.size() + " of " + TREES + " trees print something else than they mean."
                    + "\nSmallest failing tree: " + smallest
                    + "\nC++: " + s.cppOf(0)
                    + "\nmeans: " + ExpressionMeaning.printed(smallest)
                    + "\nprints: " + (s.lines.isEmpty() ? "(nothing)" : s.lines.get(0)));
        }
    }

    /** Keeps a sketch that crashed where a person can look at it. */
    private static Path keep(String code) {
        try {
            Path file = Path.of("target", "differential-failure.ino").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, code);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces subtrees by their own children or by plain values while the difference remains. */
    private static JsonNode shrink(JsonNode failing) {
        JsonNode current = failing;
        int budget = 40;
        boolean improved = true;
        while (improved && budget > 0) {
            improved = false;
            for (JsonNode candidate : simpler(current)) {
                if (budget-- <= 0) {
                    break;
                }
                if (differs(candidate)) {
                    current = candidate;
                    improved = true;
                    break;
                }
            }
        }
        return current;
    }

    private static boolean differs(JsonNode tree) {
        String meaning;
        try {
            meaning = ExpressionMeaning.printed(tree);
        } catch (RuntimeException e) {
            return false;   // ill-typed or unrepresentable: not a smaller example of this failure
        }
        try {
            SketchOfTrees s = SketchOfTrees.run(List.of(tree));
            return s.lines.isEmpty() || !s.lines.get(0).equals(meaning);
        } catch (AssertionError | RuntimeException e) {
            return false;   // a tree Blockly will not build is no smaller example either
        }
    }

    /** Every tree one step simpler: a child in its parent's place, at any depth. */
    private static List<JsonNode> simpler(JsonNode tree) {
        List<JsonNode> out = new ArrayList<>();
        if (!tree.isArray()) {
            return out;
        }
        for (int i = 1; i < tree.size(); i++) {
            out.add(tree.get(i));
        }
        for (int i = 1; i < tree.size(); i++) {
            for (JsonNode smaller : simpler(tree.get(i))) {
                ArrayNode copy = ((ArrayNode) tree).deepCopy();
                copy.set(i, smaller);
                out.add(copy);
            }
        }
        return out;
    }

    /** Which operator sits in which input of which other: a measure of how much the trees cover. */
    static Set<String> shapes(List<JsonNode> trees) {
        Set<String> shapes = new TreeSet<>();
        for (JsonNode t : trees) {
            collect(t, shapes);
        }
        return shapes;
    }

    private static void collect(JsonNode t, Set<String> into) {
        if (!t.isArray()) {
            return;
        }
        for (int i = 1; i < t.size(); i++) {
            JsonNode child = t.get(i);
            String kind = child.isArray() ? child.get(0).asText() : child.isNumber() ? "number" : child.isTextual() ? "text" : "bool";
            into.add(t.get(0).asText() + "/" + (t.get(0).asText().equals("join") ? 1 : i) + "/" + kind);
            collect(child, into);
        }
    }
}
