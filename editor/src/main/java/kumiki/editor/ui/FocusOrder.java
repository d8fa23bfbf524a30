package kumiki.editor.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The window's Tab order, for leaving the block page: WebKit keeps Tab for itself, so when Tab
 * leaves the page's last place, the window finds the next control here. The order is the order of
 * the scene graph (toolbar, page, code panel, Board panel), as JavaFX's own Tab uses.
 */
final class FocusOrder {
    private FocusOrder() {
    }

    /** The next (or previous) control that Tab can reach after {@code from}, going round; null if none. */
    static Node next(Parent root, Node from, boolean forward) {
        List<Node> order = new ArrayList<>();
        collect(root, order);
        int at = order.indexOf(from);
        if (order.isEmpty() || (at >= 0 && order.size() == 1)) {
            return null;
        }
        int step = forward ? 1 : -1;
        int i = at < 0 ? (forward ? 0 : order.size() - 1) : Math.floorMod(at + step, order.size());
        return order.get(i);
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            out.add(node);
        }
        // A control's insides (a button's label) are not stops of their own.
        if (node instanceof javafx.scene.control.ButtonBase) {
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
