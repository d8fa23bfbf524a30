package kumiki.editor.ui;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/** Simple line icons on a 24x24 grid, drawn here so no icon font or image is needed. */
final class Icons {
    static final String NEW = "M6 2h8l5 5v15H6z M14 2v5h5 M12.5 11v7 M9 14.5h7";
    static final String OPEN = "M2 6h7l2 2h10v12H2z M2 11h19";
    static final String SAVE = "M4 3h13l4 4v14H4z M7 3v5h9V3 M7 13h10v8H7z";
    static final String SAVE_AS = "M4 3h11l3 3v5 M4 3v18h8 M7 3v5h7V3 M14 21l1-3 6-6 2 2-6 6z";
    static final String UNDO = "M9 5L4 10l5 5 M4 10h11a5 5 0 0 1 0 10h-4";
    static final String REDO = "M15 5l5 5-5 5 M20 10H9a5 5 0 0 0 0 10h4";
    static final String FIT = "M3 9V3h6 M15 3h6v6 M21 15v6h-6 M9 21H3v-6 M8 8h8v8H8z";
    static final String CODE = "M8 6l-6 6 6 6 M16 6l6 6-6 6 M14 3l-4 18";
    static final String EXPORT = "M12 3v12 M7 10l5 5 5-5 M4 17v4h16v-4";
    static final String BOARD = "M3 5h18v12H3z M6 8h8v6H6z M17 9v0 M17 12v0 M8 21h8 M12 17v4";
    static final String UPLOAD = "M12 16V4 M7 9l5-5 5 5 M4 17v4h16v-4";
    static final String BOOK = "M2 5h7a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H2z M22 5h-7a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h8z";
    /** A light bulb: the board learns something. */
    static final String TEACH = "M9 18h6 M10 21h4 M12 3a6 6 0 0 0-4 10.5c1 1 1 2 1 3.5h6c0-1.5 0-2.5 1-3.5A6 6 0 0 0 12 3z";
    static final String SETTINGS = "M12 8.5a3.5 3.5 0 1 0 0.01 0z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1L7 17 M17 7l2.1-2.1";
    static final String GLOBE = "M12 2a10 10 0 1 0 0.01 0z M2 12h20 M12 2c3 3 4 6.5 4 10s-1 7-4 10 M12 2c-3 3-4 6.5-4 10s1 7 4 10";

    private Icons() {
    }

    static Node icon(String path) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().add("kumiki-icon");
        svg.setFill(null);
        svg.setStrokeWidth(2);
        svg.setStrokeLineCap(StrokeLineCap.ROUND);
        svg.setStrokeLineJoin(StrokeLineJoin.ROUND);
        // A clear 24x24 square behind every icon gives them all the same box, so they line up.
        javafx.scene.shape.Rectangle box = new javafx.scene.shape.Rectangle(0, 0, 24, 24);
        box.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return new javafx.scene.Group(box, svg);
    }
}
