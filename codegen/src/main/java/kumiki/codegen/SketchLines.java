package kumiki.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sketch with, for each line, the block that produced it. */
public record SketchLines(String code, List<String> blocks) {
    public SketchLines {
        blocks = Collections.unmodifiableList(new ArrayList<>(blocks));
    }

    /** The block behind a 1-based line of the .ino, or null. */
    public String blockAt(int line) {
        return line >= 1 && line <= blocks.size() ? blocks.get(line - 1) : null;
    }
}
