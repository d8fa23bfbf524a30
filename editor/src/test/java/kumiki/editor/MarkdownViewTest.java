package kumiki.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kumiki.editor.ui.MarkdownView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson text from a stranger becomes plain text nodes: no HTML, no script, no network, no oversized picture. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {
    @Start
    void start(Stage stage) {
    }

    private static VBox render(String md, Map<String, byte[]> files) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> MarkdownView.render(md, files::get, "picture")).get(10, TimeUnit.SECONDS);
    }

    private static List<Node> all(Parent p) {
        List<Node> out = new ArrayList<>();
        for (Node n : p.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof Parent c) {
                out.addAll(all(c));
            }
        }
        return out;
    }

    private static String text(VBox box) {
        StringBuilder b = new StringBuilder();
        for (Node n : all(box)) {
            if (n instanceof Text t) {
                b.append(t.getText());
            }
        }
        return b.toString();
    }

    @Test
    void markdownBecomesStyledText() throws Exception {
        VBox box = render("Open **Screen** and *drag* the `fill` block.\n\n- one\n- two", Map.of());
        assertThat(text(box)).isEqualTo("Open Screen and drag the fill block.•  one•  two");
        assertThat(all(box).stream().filter(n -> n.getStyleClass().contains("kumiki-md-bold")).count()).isEqualTo(1);
    }

    @Test
    void htmlAndScriptStayVisibleTextAndNothingElseIsMade() throws Exception {
        VBox box = render("<script>alert('x')</script> <img src=x onerror=alert(1)> <b>hi</b>", Map.of());
        assertThat(text(box)).isEqualTo("<script>alert('x')</script> <img src=x onerror=alert(1)> <b>hi</b>");
        assertThat(all(box)).allMatch(n -> n instanceof Text || n instanceof javafx.scene.text.TextFlow);
    }

    @Test
    void onlyPicturesInsideTheLessonAndOfASaneSizeAreShown() throws Exception {
        Map<String, byte[]> files = Map.of("ok.gif", gif(2, 2), "huge.gif", gif(20_000, 20_000),
                "fake.png", "hello".getBytes(StandardCharsets.UTF_8));
        VBox box = render("![small](ok.gif)\n\n![remote](https://example.com/x.png)\n\n![big](huge.gif)\n\n"
                + "![fake](fake.png)\n\n![escape](../../etc/passwd)", files);
        assertThat(all(box).stream().filter(n -> n instanceof ImageView).count()).isEqualTo(1);
        assertThat(text(box)).contains("[picture: remote]", "[picture: big]", "[picture: fake]", "[picture: escape]");
    }

    /** A tiny real GIF (2×2, or a header claiming another size). */
    static byte[] gif(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(35).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("GIF89a".getBytes(StandardCharsets.US_ASCII)).putShort((short) w).putShort((short) h)
                .put((byte) 0x80).put((byte) 0).put((byte) 0)
                .put(new byte[] {0, 0, 0, (byte) 255, (byte) 255, (byte) 255})
                .put((byte) 0x2C).putShort((short) 0).putShort((short) 0).putShort((short) w).putShort((short) h).put((byte) 0)
                .put((byte) 2).put((byte) 2).put((byte) 0x84).put((byte) 0x51).put((byte) 0).put((byte) 0x3B);
        return b.array();
    }
}
