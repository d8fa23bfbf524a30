package kumiki.lesson;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kumiki.codegen.KumikiCompiler;

/** Block names for check messages, as the child sees them on the blocks, in the child's language. */
@FunctionalInterface
public interface BlockLabels {
    String label(String type, Map<String, String> fields, String language);

    /** The words on the real blocks (headless Blockly), remembered once asked. */
    static BlockLabels headless() {
        Map<String, String> cache = new ConcurrentHashMap<>();
        return (type, fields, language) -> cache.computeIfAbsent(type + fields + "@" + language,
                k -> KumikiCompiler.blockLabel(type, fields, language.startsWith("ja") ? "ja" : "en"));
    }
}
