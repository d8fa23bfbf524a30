package kumiki.editor.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import kumiki.lesson.ImageInfo;
import kumiki.lesson.LessonValidator;
import kumiki.lesson.MarkdownScan;

/**
 * Lesson Markdown as JavaFX text: paragraphs, lists, **bold**, *italic*, `code` and pictures
 * from inside the lesson. It only ever makes Text and ImageView nodes: HTML stays visible text, no
 * script exists to run, and nothing is fetched from the network.
 */
public final class MarkdownView {
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*|`(.+?)`");

    private MarkdownView() {
    }

    /** The image a line holds on its own, or null: found in time proportional to the line. */
    private static MarkdownScan.Image wholeLineImage(String line) {
        if (!line.startsWith("![")) {
            return null;
        }
        List<MarkdownScan.Image> images = MarkdownScan.images(line);
        return images.size() == 1 && images.get(0).start() == 0 && images.get(0).end() == line.length() ? images.get(0) : null;
    }

    /** {@code image} gives the bytes of a file inside the lesson, or null. */
    public static VBox render(String markdown, Function<String, byte[]> image, String pictureWord) {
        VBox box = new VBox(8);
        box.getStyleClass().add("kumiki-markdown");
        List<String> paragraph = new ArrayList<>();
        for (String line : (markdown == null ? "" : markdown).split("\n", -1)) {
            String t = line.strip();
            MarkdownScan.Image img = wholeLineImage(t);
            if (t.isEmpty() || t.startsWith("- ") || t.startsWith("* ") || t.matches("\\d+\\. .*") || img != null) {
                flush(paragraph, box);
            }
            if (t.isEmpty()) {
                continue;
            }
            if (img != null) {
                box.getChildren().add(picture(img.alt(), img.path(), image, pictureWord));
            } else if (t.startsWith("- ") || t.startsWith("* ")) {
                TextFlow item = flow("•  " + t.substring(2));
                item.getStyleClass().add("kumiki-md-item");
                box.getChildren().add(item);
            } else if (t.matches("\\d+\\. .*")) {
                box.getChildren().add(flow(t));
            } else {
                paragraph.add(t);
            }
        }
        flush(paragraph, box);
        return box;
    }

    private static void flush(List<String> paragraph, VBox box) {
        if (!paragraph.isEmpty()) {
            box.getChildren().add(flow(String.join(" ", paragraph)));
            paragraph.clear();
        }
    }

    /** One paragraph: plain text runs with bold, italic and code runs between them. */
    static TextFlow flow(String text) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("kumiki-md-paragraph");
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                flow.getChildren().add(run(text.substring(at, m.start()), "kumiki-md-text"));
            }
            if (m.group(1) != null) {
                flow.getChildren().add(run(m.group(1), "kumiki-md-bold"));
            } else if (m.group(2) != null) {
                flow.getChildren().add(run(m.group(2), "kumiki-md-italic"));
            } else {
                flow.getChildren().add(run(m.group(3), "kumiki-md-code"));
            }
            at = m.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(run(text.substring(at), "kumiki-md-text"));
        }
        return flow;
    }

    private static Text run(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }

    /** Only a file of the lesson, of a size checked from its header before any decoding. */
    private static Node picture(String alt, String path, Function<String, byte[]> image, String pictureWord) {
        byte[] bytes = kumiki.project.SafeZip.isSafeName(path) ? image.apply(path) : null;
        int[] size = bytes == null ? null : ImageInfo.dimensions(bytes);
        if (bytes != null && ImageInfo.isShowable(bytes, LessonValidator.MAX_IMAGE_SIDE, LessonValidator.MAX_IMAGE_BYTES)) {
            Image img = new Image(new ByteArrayInputStream(bytes));
            if (!img.isError()) {
                ImageView view = new ImageView(img);
                view.setPreserveRatio(true);
                view.setFitWidth(Math.min(320, size[0]));
                return view;
            }
        }
        return flow("[" + pictureWord + ": " + alt + "]");
    }
}
