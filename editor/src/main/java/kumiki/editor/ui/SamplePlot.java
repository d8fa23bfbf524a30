package kumiki.editor.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import kumiki.ml.dataset.Sample;

/**
 * A small picture of one example: each channel as a line (x red, y green, z blue for motion), or a
 * sound's waveform as its loudness envelope, so a child can tell a wave from a shake at a glance.
 */
final class SamplePlot extends Canvas {
    private static final Color[] COLOURS = {Color.web("#d64541"), Color.web("#2e9e5b"), Color.web("#2f6fd6"), Color.web("#8e44ad")};
    /** No more points than the picture has pixels: a minute of sound is a million readings. */
    private static final int MAX_POINTS = 400;

    SamplePlot(Sample sample, double width, double height) {
        this(width, height);
        if (sample != null) {
            show(sample.values(), sample.length());
        }
    }

    /** An empty plot, for {@link #show} to fill as readings arrive. */
    SamplePlot(double width, double height) {
        super(width, height);
        show(new float[0][], 0);
    }

    /**
     * Draws {@code v} ([channel][time]) with the width standing for {@code length} readings, so that a
     * recording in progress grows from left to right.
     */
    void show(float[][] v, int length) {
        double width = getWidth();
        double height = getHeight();
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.web("#f7f7fa"));
        g.fillRect(0, 0, width, height);
        g.setStroke(Color.web("#c9c9d4"));
        g.strokeRect(0.5, 0.5, width - 1, height - 1);
        if (v.length == 0 || v[0].length < 2) {
            return;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (float[] channel : v) {
            for (float x : channel) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        double span = Math.max(1e-6, max - min);
        int n = v[0].length;
        int of = Math.max(n, length);
        int points = Math.min(n, MAX_POINTS);
        g.setLineWidth(1.2);
        for (int c = 0; c < v.length && c < COLOURS.length; c++) {
            g.setStroke(COLOURS[c]);
            g.beginPath();
            for (int p = 0; p < points; p++) {
                int i = (int) ((long) p * (n - 1) / Math.max(1, points - 1));
                double x = 2 + (width - 4) * i / Math.max(1, of - 1);
                double y = height - 2 - (height - 4) * (v[c][i] - min) / span;
                if (p == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
        }
    }
}
