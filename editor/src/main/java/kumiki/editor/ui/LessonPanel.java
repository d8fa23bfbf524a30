package kumiki.editor.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kumiki.editor.I18n;
import kumiki.editor.LessonViewModel;
import kumiki.lesson.Lesson;
import kumiki.lesson.LessonText;

/**
 * The lesson beside the workspace: where the child is (step 2 of 3), what to do, a hint on
 * request, "Show me", "Check my work" with what is still missing, and Next once the step is done.
 */
public final class LessonPanel extends VBox {
    private final LessonViewModel lessons;
    private final java.util.function.Supplier<String> language;
    private final Label lessonTitle = new Label();
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label stepTitle = new Label();
    private final VBox body = new VBox();
    private final ToggleButton hintButton = new ToggleButton();
    private final Label hint = new Label();
    private final VBox feedback = new VBox(6);
    private final Button back = new Button();
    private final Button showMe = new Button();
    private final Button check = new Button();
    private final Button next = new Button();
    private final Button close = new Button();
    /** For young children: the same lesson in kana only, when the lesson has it. */
    private final javafx.scene.control.CheckBox kana = new javafx.scene.control.CheckBox();
    private Runnable onShowMe = () -> { };
    private Runnable onClose = () -> { };

    public LessonPanel(LessonViewModel lessons, java.util.function.Supplier<String> language) {
        this.lessons = lessons;
        this.language = language;
        getStyleClass().add("kumiki-lesson");
        setId("lesson-panel");
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(380);
        setMinWidth(300);
        lessonTitle.getStyleClass().add("kumiki-lesson-title");
        lessonTitle.setWrapText(true);
        stepTitle.getStyleClass().add("kumiki-lesson-step");
        stepTitle.setWrapText(true);
        stepTitle.setId("lesson-step-title");
        progressText.setId("lesson-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        hint.setWrapText(true);
        hint.getStyleClass().add("kumiki-lesson-hint");
        hint.visibleProperty().bind(hintButton.selectedProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        hintButton.setId("lesson-hint");
        feedback.setId("lesson-feedback");
        ScrollPane scroll = new ScrollPane(new VBox(10, body, hintButton, hint, feedback));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("kumiki-lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        back.setId("lesson-back");
        showMe.setId("lesson-showme");
        check.setId("lesson-check");
        next.setId("lesson-next");
        next.getStyleClass().add("kumiki-lesson-next");
        close.setId("lesson-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> lessons.back());
        showMe.setOnAction(e -> onShowMe.run());
        check.setOnAction(e -> lessons.checkMyWork());
        next.setOnAction(e -> lessons.next());
        close.setOnAction(e -> onClose.run());
        next.disableProperty().bind(lessons.passedProperty().not().or(lessons.finishedProperty()));
        back.disableProperty().bind(lessons.stepProperty().isEqualTo(0));
        showMe.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> lessons.currentStep() == null || lessons.currentStep().blocksJson() == null,
                lessons.stepProperty(), lessons.lessonProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, back, showMe, spacer, check, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        kana.setId("lesson-kana");
        kana.selectedProperty().addListener((o, a, b) -> refresh());
        HBox top = new HBox(8, lessonTitle, new Region(), close);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(top, kana, progressText, progress, stepTitle, scroll, buttons);

        lessons.lessonProperty().addListener((o, a, b) -> refresh());
        lessons.stepProperty().addListener((o, a, b) -> refresh());
        lessons.missing().addListener((javafx.collections.ListChangeListener<String>) c -> showFeedback());
        lessons.checkedProperty().addListener((o, a, b) -> showFeedback());
        lessons.passedProperty().addListener((o, a, b) -> showFeedback());
        lessons.finishedProperty().addListener((o, a, b) -> showFeedback());
    }

    public void onShowMe(Runnable action) {
        this.onShowMe = action;
    }

    public void onClose(Runnable action) {
        this.onClose = action;
    }

    /** Redraws everything in the current language. */
    public void refresh() {
        Lesson l = lessons.lessonProperty().get();
        if (l == null) {
            return;
        }
        String lang = language.get();
        boolean kanaAvailable = lang.equals("ja") && l.texts().containsKey("ja-Hira");
        kana.setVisible(kanaAvailable);
        kana.setManaged(kanaAvailable);
        kana.setText(I18n.get(lang, "lesson.kana"));
        if (kanaAvailable && kana.isSelected()) {
            lang = "ja-Hira";
        }
        int i = lessons.stepProperty().get();
        int n = l.steps().size();
        LessonText text = l.text(lang);
        lessonTitle.setText(l.title(lang));
        String ui = language.get();
        progressText.setText(I18n.get(ui, "lesson.progress", i + 1, n));
        progress.setProgress((i + 1) / (double) n);
        LessonText.StepText st = i < text.steps().size() ? text.steps().get(i) : null;
        stepTitle.setText(st == null ? "" : st.title());
        body.getChildren().setAll(MarkdownView.render(st == null ? "" : st.body(), l.pack()::file,
                I18n.get(ui, "lesson.picture")));
        hint.setText(st == null ? "" : st.hint());
        hintButton.setVisible(st != null && !st.hint().isBlank());
        hintButton.setSelected(false);
        back.setText(I18n.get(ui, "lesson.back"));
        showMe.setText(I18n.get(ui, "lesson.showMe"));
        check.setText(I18n.get(ui, "lesson.check"));
        next.setText(I18n.get(ui, i + 1 < n ? "lesson.next" : "lesson.finish"));
        close.setText(I18n.get(ui, "lesson.close"));
        hintButton.setText(I18n.get(ui, "lesson.hint"));
        showFeedback();
    }

    private void showFeedback() {
        String lang = language.get();
        feedback.getChildren().clear();
        if (lessons.finishedProperty().get()) {
            feedback.getChildren().add(styled(I18n.get(lang, "lesson.finished"), "kumiki-lesson-done"));
            return;
        }
        if (!lessons.checkedProperty().get()) {
            if (lessons.passedProperty().get()) {
                feedback.getChildren().add(styled(I18n.get(lang, "lesson.stepDone"), "kumiki-lesson-done"));
            }
            return;
        }
        if (lessons.missing().isEmpty() && lessons.passedProperty().get()) {
            feedback.getChildren().add(styled(I18n.get(lang, "lesson.stepDone"), "kumiki-lesson-done"));
        }
        for (String m : lessons.missing()) {
            feedback.getChildren().add(styled("→ " + m, "kumiki-lesson-missing"));
        }
    }

    private static Label styled(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
