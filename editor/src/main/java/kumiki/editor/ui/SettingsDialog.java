package kumiki.editor.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kumiki.editor.I18n;
import kumiki.editor.LookSettings;

/** Settings: high contrast and large blocks. Each box applies at once, so a child sees what it does. */
final class SettingsDialog {
    private SettingsDialog() {
    }

    static void show(Window owner, String lang, LookSettings look) {
        Dialog<ButtonType> dialog = Dialogs.styled(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get(lang, "settings.title"));
        CheckBox highContrast = new CheckBox(I18n.get(lang, "settings.highContrast"));
        highContrast.setId("settings-highContrast");
        highContrast.selectedProperty().bindBidirectional(look.highContrastProperty());
        CheckBox large = new CheckBox(I18n.get(lang, "settings.large"));
        large.setId("settings-large");
        large.selectedProperty().bindBidirectional(look.largeProperty());
        Label keys = new Label(I18n.get(lang, "settings.keys"));
        for (javafx.scene.control.Labeled l : java.util.List.of(highContrast, large, keys)) {
            l.setWrapText(true);
            l.setMaxWidth(560);
        }
        keys.getStyleClass().add("kumiki-settings-keys");
        VBox box = new VBox(14, highContrast, large, keys);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.get(lang, "settings.close"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        // The dialog's own look follows the boxes as they are ticked.
        look.highContrastProperty().addListener((o, a, b) -> Dialogs.applyLook(dialog.getDialogPane().getStyleClass()));
        look.largeProperty().addListener((o, a, b) -> Dialogs.applyLook(dialog.getDialogPane().getStyleClass()));
        dialog.showAndWait();
        highContrast.selectedProperty().unbindBidirectional(look.highContrastProperty());
        large.selectedProperty().unbindBidirectional(look.largeProperty());
    }
}
