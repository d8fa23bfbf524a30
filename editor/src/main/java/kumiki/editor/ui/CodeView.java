package kumiki.editor.ui;

import java.util.Collection;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The read-only Arduino C++ panel, with line numbers and syntax colours. */
public final class CodeView extends VirtualizedScrollPane<CodeArea> {
    private static final String[] KEYWORDS = {
        "bool", "break", "case", "const", "continue", "default", "do", "double", "else", "float", "for", "if",
        "int", "long", "return", "static", "switch", "unsigned", "void", "while", "true", "false", "uint16_t",
        "uint32_t", "int32_t", "String",
    };
    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>//[^\\n]*)"
            + "|(?<PREPROCESSOR>^#[^\\n]*)"
            + "|(?<STRING>\"([^\"\\\\]|\\\\.)*\")"
            + "|(?<KEYWORD>\\b(" + String.join("|", KEYWORDS) + ")\\b)"
            + "|(?<NUMBER>\\b\\d+(\\.\\d+)?\\b)"
            + "|(?<FUNCTION>\\b[A-Za-z_][A-Za-z0-9_]*(?=\\())",
            Pattern.MULTILINE);

    public CodeView() {
        super(new CodeArea());
        CodeArea area = getContent();
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("kumiki-code");
    }

    public void setCode(String code) {
        CodeArea area = getContent();
        if (area.getText().equals(code)) {
            return;
        }
        // Keep the reader's place: a change to one block must not jump the panel to the end.
        double scrollY = area.getEstimatedScrollY();
        area.replaceText(code);
        area.moveTo(0);
        if (!code.isEmpty()) {
            area.setStyleSpans(0, highlight(code));
        }
        area.scrollYToPixel(scrollY);
    }

    public String getCode() {
        return getContent().getText();
    }

    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher m = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("COMMENT") != null ? "cpp-comment"
                    : m.group("PREPROCESSOR") != null ? "cpp-preprocessor"
                    : m.group("STRING") != null ? "cpp-string"
                    : m.group("KEYWORD") != null ? "cpp-keyword"
                    : m.group("NUMBER") != null ? "cpp-number"
                    : "cpp-function";
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
