package kumiki.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a lesson's Markdown into steps: {@code # Title}, then one {@code ## Step} heading per step.
 * Inside a step, lines starting with {@code >} are the hint; everything else is the step's text.
 * Nothing here interprets HTML: the player shows the text as text.
 */
public final class LessonMarkdown {

    private LessonMarkdown() {
    }

    public static LessonText parse(String language, String file, String markdown) {
        String title = "";
        int titleLine = 0;
        StringBuilder intro = new StringBuilder();
        List<LessonText.StepText> steps = new ArrayList<>();
        String stepTitle = null;
        int stepLine = 0;
        StringBuilder body = new StringBuilder();
        StringBuilder hint = new StringBuilder();
        List<LessonText.ImageRef> images = new ArrayList<>();
        boolean fenced = false;
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && line.startsWith("## ")) {
                if (stepTitle != null) {
                    steps.add(new LessonText.StepText(stepTitle, body.toString().strip(), hint.toString().strip(), stepLine, images));
                }
                stepTitle = line.substring(3).strip();
                stepLine = lineNo;
                body.setLength(0);
                hint.setLength(0);
                images = new ArrayList<>();
                continue;
            }
            if (!fenced && line.startsWith("# ") && stepTitle == null && title.isEmpty()) {
                title = line.substring(2).strip();
                titleLine = lineNo;
                continue;
            }
            for (MarkdownScan.Image image : MarkdownScan.images(line)) {
                images.add(new LessonText.ImageRef(image.alt(), image.path(), lineNo));
            }
            if (stepTitle == null) {
                intro.append(line).append('\n');
            } else if (!fenced && line.startsWith(">")) {
                hint.append(line.substring(1).strip()).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        if (stepTitle != null) {
            steps.add(new LessonText.StepText(stepTitle, body.toString().strip(), hint.toString().strip(), stepLine, images));
        }
        return new LessonText(language, file, title, titleLine, intro.toString().strip(), steps);
    }
}
