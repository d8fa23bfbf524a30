package kumiki.editor.ui;

import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import kumiki.device.plot.PlotData;

/**
 * Draws the series the board prints, newest on the right, with a legend. It redraws at most once
 * per screen frame and only when new points came, so 1,000 points a second stay smooth.
 */
public final class PlotterView extends BorderPane {
    /** Colours that stay apart for colour-blind children too (Okabe–Ito). */
    public static final List<Color> COLOURS = List.of(Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"),
            Color.web("#CC79A7"), Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#000000"), Color.web("#F0E442"));
    private static final double MARGIN_LEFT = 56;
    private static final double MARGIN = 10;

    private final PlotData data;
    private final Canvas canvas = new Canvas();
    private final FlowPane legend = new FlowPane(14, 4);
    private final AnimationTimer timer;
    private long drawnVersion = -1;
    private List<String> legendNames = List.of();
    private long lastFrameNanos;

    public PlotterView(PlotData data) {
        this.data = data;
        getStyleClass().add("kumiki-plotter");
        Pane holder = new Pane(canvas);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> drawnVersion = -1);
        canvas.heightProperty().addListener((o, a, b) -> drawnVersion = -1);
        legend.setPadding(new Insets(4, 8, 4, MARGIN_LEFT));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("kumiki-plot-legend");
        setTop(legend);
        setCenter(holder);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                redrawIfChanged();
            }
        };
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    public Canvas canvas() {
        return canvas;
    }

    /** How long the last redraw took; for the benchmark. */
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    public void redrawIfChanged() {
        long v = data.version();
        if (v == drawnVersion) {
            return;
        }
        drawnVersion = v;
        long t0 = System.nanoTime();
        draw(data.snapshot());
        lastFrameNanos = System.nanoTime() - t0;
    }

    private void draw(PlotData.Snapshot s) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#fffdf8"));
        g.fillRect(0, 0, w, h);
        updateLegend(s.names());
        if (s.isEmpty() || w < MARGIN_LEFT + 20 || h < 40) {
            return;
        }
        double min = s.min();
        double max = s.max();
        if (max - min < 1e-9) {
            min -= 1;
            max += 1;
        }
        double pad = (max - min) * 0.05;
        min -= pad;
        max += pad;
        double left = MARGIN_LEFT;
        double right = w - MARGIN;
        double top = MARGIN;
        double bottom = h - MARGIN;
        g.setStroke(Color.web("#e8e2d4"));
        g.setLineWidth(1);
        g.setFill(Color.web("#6b665c"));
        g.setFont(javafx.scene.text.Font.font(11));
        for (int i = 0; i <= 4; i++) {
            double y = top + (bottom - top) * i / 4.0;
            g.strokeLine(left, y, right, y);
            g.fillText(label(max - (max - min) * i / 4.0, max - min), 4, y + 4);
        }
        int n = s.count();
        int capacity = Math.max(n, 2);
        double dx = (right - left) / (capacity - 1);
        g.setLineWidth(2);
        for (int k = 0; k < s.series().size(); k++) {
            double[] ys = s.series().get(k);
            g.setStroke(COLOURS.get(k % COLOURS.size()));
            g.beginPath();
            boolean drawing = false;
            for (int i = 0; i < n; i++) {
                double v = ys[i];
                if (Double.isNaN(v)) {
                    drawing = false;
                    continue;
                }
                double x = left + i * dx;
                double y = bottom - (v - min) / (max - min) * (bottom - top);
                if (drawing) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    drawing = true;
                }
            }
            g.stroke();
        }
    }

    /** Whole numbers when the plot spans more than 20, two decimals for small ranges (accelerations in g). */
    private static String label(double v, double range) {
        return range > 20 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private void updateLegend(List<String> names) {
        if (names.equals(legendNames)) {
            return;
        }
        legendNames = List.copyOf(names);
        legend.getChildren().clear();
        for (int k = 0; k < names.size(); k++) {
            Label l = new Label(names.get(k), new Rectangle(14, 4, COLOURS.get(k % COLOURS.size())));
            l.getStyleClass().add("kumiki-plot-series");
            l.setId("plot-series-" + names.get(k));
            legend.getChildren().add(l);
        }
    }
}
