package kumiki.editor.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import kumiki.editor.I18n;
import kumiki.lesson.BundledLessons;
import kumiki.lesson.Lesson;
import kumiki.lesson.LessonException;

/** Picks a lesson: one of the bundled curriculum, or a .kumiki-lesson file. */
final class LessonChooser {
    /** A bundled lesson, a lesson file, or (teacher) "write a lesson" starting from the selected one or from nothing. */
    record Choice(String bundledId, Path file, boolean teacher) {
        Choice(String bundledId, Path file) {
            this(bundledId, file, false);
        }
    }

    private LessonChooser() {
    }

    static Optional<Choice> choose(Window owner, String lang) {
        ListView<String> list = new ListView<>();
        list.setId("lesson-list");
        list.getItems().setAll(BundledLessons.IDS);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                if (empty || id == null) {
                    setText(null);
                    return;
                }
                try {
                    Lesson l = BundledLessons.load(id);
                    setText((getIndex() + 1) + ".  " + l.title(lang) + "   ·  " + I18n.get(lang, "dialog.lessons.minutes", l.minutes())
                            + (l.needsMl() ? "  " + I18n.get(lang, "dialog.lessons.needsMl") : ""));
                } catch (LessonException e) {
                    setText(id);
                }
            }
        });
        list.getSelectionModel().select(0);
        list.setPrefSize(560, 320);
        Dialog<Choice> dialog = Dialogs.styled(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get(lang, "dialog.lessons.title"));
        dialog.setHeaderText(I18n.get(lang, "dialog.lessons.header"));
        ButtonType start = new ButtonType(I18n.get(lang, "dialog.lessons.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType open = new ButtonType(I18n.get(lang, "dialog.lessons.open"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(I18n.get(lang, "dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType teacher = new ButtonType(I18n.get(lang, "dialog.lessons.teacher"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(teacher, start, open, cancel);
        dialog.getDialogPane().setContent(list);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(new Choice(list.getSelectionModel().getSelectedItem(), null));
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> {
            if (button == start && list.getSelectionModel().getSelectedItem() != null) {
                return new Choice(list.getSelectionModel().getSelectedItem(), null);
            }
            if (button == teacher) {
                return new Choice(null, null, true);
            }
            if (button == open) {
                java.io.File f = Dialogs.lessonFileChooser(lang).showOpenDialog(owner);
                return f == null ? null : new Choice(null, f.toPath());
            }
            return null;
        });
        return dialog.showAndWait();
    }
}
