package kumiki.lesson;

import java.util.List;

/**
 * One step, the same in every language: the blocks it needs (Blockly JSON), whether the toolbox is
 * limited to them, its check, and the workspace once the step is done ({@code solution}).
 */
public record Step(String id, String blocksJson, boolean limitToolbox, List<CheckRule> check, String solutionJson) {
    public Step {
        check = List.copyOf(check);
    }
}
