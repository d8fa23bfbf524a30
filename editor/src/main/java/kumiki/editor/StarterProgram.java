package kumiki.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The program "Use it" drops into the workspace: one "when … is recognised" per label, each clearing
 * the screen and showing its label, as Blockly workspace JSON stacks (the page places them beside
 * what is there, as one undo step).
 */
final class StarterProgram {
    private StarterProgram() {
    }

    static String of(List<String> labels) {
        ArrayNode blocks = new ObjectMapper().createArrayNode();
        for (String label : labels) {
            ObjectNode hat = blocks.addObject();
            hat.put("type", "kumiki_teach_when_recognised");
            hat.putObject("fields").put("LABEL", label);
            // Clear the screen first: a shorter name must not leave the end of a longer one behind.
            ObjectNode clear = hat.putObject("inputs").putObject("DO").putObject("block");
            clear.put("type", "kumiki_screen_fill");
            colour(clear.putObject("inputs"), "COLOUR", "#000000");
            ObjectNode show = clear.putObject("next").putObject("block");
            show.put("type", "kumiki_screen_text");
            ObjectNode in = show.putObject("inputs");
            in.putObject("TEXT").putObject("shadow").put("type", "text").putObject("fields").put("TEXT", label);
            number(in, "X", 40);
            number(in, "Y", 100);
            number(in, "SIZE", 4);
            colour(in, "COLOUR", "#ffffff");
        }
        return blocks.toString();
    }

    private static void number(ObjectNode inputs, String name, int value) {
        inputs.putObject(name).putObject("shadow").put("type", "math_number").putObject("fields").put("NUM", value);
    }

    private static void colour(ObjectNode inputs, String name, String hex) {
        inputs.putObject(name).putObject("shadow").put("type", "kumiki_colour").putObject("fields").put("COLOUR", hex);
    }
}
