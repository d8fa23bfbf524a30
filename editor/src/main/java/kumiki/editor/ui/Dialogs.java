package kumiki.editor.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import kumiki.editor.I18n;

/** Dialogs with every button labelled in the child's language. */
final class Dialogs {
    enum Choice { YES, NO, CANCEL }

    private Dialogs() {
    }

    private static boolean highContrast;
    private static boolean large;

    /** The look from Settings, for every dialog opened from now on. */
    static void setLook(boolean highContrastLook, boolean largeLook) {
        highContrast = highContrastLook;
        large = largeLook;
    }

    /** Sets the look's style classes (kumiki.css) on a window's root. */
    static void applyLook(javafx.collections.ObservableList<String> styleClasses) {
        styleClasses.removeAll("kumiki-high-contrast", "kumiki-large");
        if (highContrast) styleClasses.add("kumiki-high-contrast");
        if (large) styleClasses.add("kumiki-large");
    }

    /** Dialogs get Kumiki's stylesheet, font and look too, so their Japanese is never empty boxes. */
    static <T extends javafx.scene.control.Dialog<?>> T styled(T dialog) {
        UiFont.load();
        dialog.getDialogPane().getStylesheets().add(Dialogs.class.getResource("/kumiki/editor/kumiki.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("kumiki-root");
        applyLook(dialog.getDialogPane().getStyleClass());
        // JavaFX sizes a dialog to one line of its message and cuts the rest to "…"; a child must read it
        // all, so the pane grows to its wrapped text.
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return dialog;
    }

    static Choice ask(Window owner, String lang, String titleKey, String text, String yesKey, String noKey, boolean cancel) {
        ButtonType yes = new ButtonType(I18n.get(lang, yesKey), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(I18n.get(lang, noKey), ButtonBar.ButtonData.NO);
        ButtonType cancelButton = new ButtonType(I18n.get(lang, "dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = cancel ? new Alert(Alert.AlertType.CONFIRMATION, text, yes, no, cancelButton)
                : new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        styled(alert);
        alert.initOwner(owner);
        alert.setTitle(I18n.get(lang, titleKey));
        alert.setHeaderText(null);
        Optional<ButtonType> result = alert.showAndWait();
        if (result.isEmpty() || result.get() == cancelButton) {
            return cancel ? Choice.CANCEL : Choice.NO;
        }
        return result.get() == yes ? Choice.YES : Choice.NO;
    }

    static void error(Window owner, String lang, String titleKey, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        styled(alert);
        alert.initOwner(owner);
        alert.setTitle(I18n.get(lang, titleKey));
        alert.setHeaderText(I18n.get(lang, titleKey));
        alert.showAndWait();
    }

    static void info(Window owner, String lang, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        styled(alert);
        alert.initOwner(owner);
        alert.setTitle(I18n.get(lang, "app.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    static boolean confirm(Window owner, String lang, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        styled(alert);
        alert.initOwner(owner);
        alert.setTitle(I18n.get(lang, "app.title"));
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** A file chooser that offers .kumiki-lesson packs, labelled in the child's language. */
    static javafx.stage.FileChooser lessonFileChooser(String lang) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(I18n.get(lang, "file.lessonFilter"),
                "*" + kumiki.lesson.LessonPack.EXTENSION));
        return chooser;
    }

    static String prompt(Window owner, String lang, String message, String defaultValue) {
        TextInputDialog dialog = new TextInputDialog(defaultValue);
        styled(dialog);
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get(lang, "dialog.prompt.title"));
        dialog.setHeaderText(message);
        return dialog.showAndWait().orElse(null);
    }
}
