package kumiki.codegen.teach;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Workspaces with Teach blocks, built as Blockly saves them. */
final class TeachWorkspaces {
    static final ObjectMapper JSON = new ObjectMapper();

    private TeachWorkspaces() {
    }

    static ObjectNode block(String type) {
        ObjectNode b = JSON.createObjectNode();
        b.put("type", type);
        return b;
    }

    static ObjectNode labelled(String type, String label) {
        ObjectNode b = block(type);
        b.putObject("fields").put("LABEL", label);
        return b;
    }

    static ObjectNode text(String s) {
        ObjectNode b = block("text");
        b.putObject("fields").put("TEXT", s);
        return b;
    }

    static ObjectNode join(List<ObjectNode> parts) {
        ObjectNode b = block("text_join");
        b.putObject("extraState").put("itemCount", parts.size());
        ObjectNode inputs = b.putObject("inputs");
        for (int i = 0; i < parts.size(); i++) {
            inputs.putObject("ADD" + i).set("block", parts.get(i));
        }
        return b;
    }

    static ObjectNode print(ObjectNode value) {
        ObjectNode b = block("kumiki_serial_print");
        b.putObject("inputs").putObject("TEXT").set("block", value);
        return b;
    }

    static ObjectNode hat(String type, String label, ObjectNode body, int y) {
        ObjectNode b = labelled(type, label);
        b.put("x", 0);
        b.put("y", y);
        if (body != null) {
            b.putObject("inputs").putObject("DO").set("block", body);
        }
        return b;
    }

    /** Then {@code next} under {@code first}. */
    static ObjectNode then(ObjectNode first, ObjectNode next) {
        first.putObject("next").set("block", next);
        return first;
    }

    static String workspace(List<ObjectNode> tops) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode blocks = root.putObject("blocks");
        blocks.put("languageVersion", 0);
        ArrayNode list = blocks.putArray("blocks");
        tops.forEach(list::add);
        return root.toString();
    }

    /**
     * For each label: "when LABEL is recognised → print LABEL,millis,recognised label,certainty of every
     * label…, play a note", and for the first one also "when LABEL stops → print stop,LABEL,millis".
     */
    static String reporting(List<String> labels, List<String> watched) {
        List<ObjectNode> tops = new java.util.ArrayList<>();
        int y = 0;
        for (String label : watched) {
            List<ObjectNode> parts = new java.util.ArrayList<>(List.of(text(label + ","), block("kumiki_millis"),
                    text(","), block("kumiki_teach_label")));
            for (String l : labels) {
                parts.add(text(","));
                parts.add(labelled("kumiki_teach_certainty", l));
            }
            // Then a note of half a beat: the handler waits, and the sensor must still be read meanwhile.
            ObjectNode note = block("kumiki_play_note");
            note.putObject("fields").put("NOTE", "C5").put("BEATS", "0.5");
            tops.add(hat("kumiki_teach_when_recognised", label, then(print(join(parts)), note), y));
            y += 200;
        }
        String first = watched.get(0);
        tops.add(hat("kumiki_teach_when_stops", first, print(join(List.of(text("stop," + first + ","),
                block("kumiki_millis")))), y));
        return workspace(tops);
    }
}
