package kumiki.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of rule, and the sentence the child gets when it is not met. Labels are stand-ins here. */
class LessonCheckerTest {
    /** "[type field=value]" so the sentences can be read without Blockly. */
    static final BlockLabels LABELS = (type, fields, lang) -> fields.isEmpty() ? type : type + " " + fields;
    final LessonChecker checker = new LessonChecker(LABELS);

    static String ws(String blocks) {
        return "{\"blocks\":{\"languageVersion\":0,\"blocks\":[" + blocks + "]}}";
    }

    static final String NOTE_E = "{\"type\":\"kumiki_play_note\",\"fields\":{\"NOTE\":\"E4\"}}";
    static final String WAIT_1500 = "{\"type\":\"kumiki_wait_ms\",\"inputs\":{\"MS\":{\"shadow\":{\"type\":\"math_number\",\"fields\":{\"NUM\":1500}}}}}";

    static String button(String b, String body) {
        return "{\"type\":\"kumiki_on_button\",\"fields\":{\"BUTTON\":\"" + b + "\"},\"inputs\":{\"DO\":{\"block\":" + body + "}}}";
    }

    static Step step(CheckRule... rules) {
        return new Step("s", null, true, List.of(rules), null);
    }

    static final CheckRule NOTE_IN_A = new CheckRule("kumiki_play_note", 1, Map.of("NOTE", "E4"), null, null, null,
            "kumiki_on_button", Map.of("BUTTON", "A"), null);

    @Test
    void aBlockInTheWrongPlaceIsToldWhereToGo() throws Exception {
        assertThat(checker.missing(step(NOTE_IN_A), ws(button("B", NOTE_E)), "en"))
                .containsExactly("Move the “kumiki_play_note {NOTE=E4}” block inside “kumiki_on_button {BUTTON=A}”.");
        assertThat(checker.missing(step(NOTE_IN_A), ws(button("A", NOTE_E)), "en")).isEmpty();
    }

    @Test
    void aLooseBlockIsToldToSnapOn() throws Exception {
        assertThat(checker.missing(step(NOTE_IN_A), ws(NOTE_E), "en")).singleElement().asString()
                .startsWith("Snap the “kumiki_play_note {NOTE=E4}” block onto a start block");
    }

    @Test
    void aWrongSettingIsToldWhatToChange() throws Exception {
        String c4 = NOTE_E.replace("E4", "C4");
        assertThat(checker.missing(step(NOTE_IN_A), ws(button("A", c4)), "en"))
                .containsExactly("Change the “kumiki_play_note” block so that it says “kumiki_play_note {NOTE=E4}”.");
    }

    @Test
    void aNumberOutOfRangeIsToldTheRange() throws Exception {
        CheckRule wait = new CheckRule("kumiki_wait_ms", 1, Map.of(), "MS", 200.0, 1000.0, null, Map.of(), null);
        assertThat(checker.missing(step(wait), ws(button("A", WAIT_1500)), "en"))
                .containsExactly("Make the number in “kumiki_wait_ms” between 200 and 1000.");
        assertThat(checker.missing(step(wait), ws(button("A", WAIT_1500.replace("1500", "500"))), "en")).isEmpty();
        assertThat(checker.missing(step(wait), ws(button("A", WAIT_1500)), "ja"))
                .containsExactly("「kumiki_wait_ms」の かずを 200 から 1000 の あいだに しましょう。");
    }

    @Test
    void countsAndForbiddenBlocks() throws Exception {
        CheckRule two = CheckRule.require("kumiki_play_note", 2);
        CheckRule noWait = CheckRule.forbidding("kumiki_wait_ms");
        String one = ws(button("A", NOTE_E));
        assertThat(checker.missing(step(two, noWait), one, "en"))
                .containsExactly("Add 2 “kumiki_play_note” blocks. You have 1 so far.");
        String withWait = ws(button("A", NOTE_E.replace("}}", "}, \"next\":{\"block\":" + WAIT_1500 + "}}")));
        assertThat(checker.missing(step(noWait), withWait, "en"))
                .containsExactly("Take the “kumiki_wait_ms” block out: this step does not need it.");
    }
}
