package kumiki.device.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plotter's memory: the last {@code capacity} points of each series, in ring buffers, so a board
 * printing for hours uses the same memory as one printing for a second. Filled on the serial thread,
 * read on the drawing thread; every method is synchronized and snapshots are copies.
 */
public final class PlotData {
    public static final int MAX_SERIES = 8;

    private final int capacity;
    private final Map<String, double[]> rings = new LinkedHashMap<>();
    private long points;
    private long version;

    public PlotData(int capacity) {
        this.capacity = capacity;
    }

    /** Adds one line's values at the next x; series first seen now start with gaps (NaN) before it. */
    public synchronized void add(Map<String, Double> values) {
        if (values.isEmpty()) {
            return;
        }
        int slot = (int) (points % capacity);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            double[] ring = rings.get(e.getKey());
            if (ring == null) {
                if (rings.size() >= MAX_SERIES) {
                    continue;
                }
                ring = new double[capacity];
                java.util.Arrays.fill(ring, Double.NaN);
                rings.put(e.getKey(), ring);
            }
            ring[slot] = e.getValue();
        }
        for (Map.Entry<String, double[]> e : rings.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                e.getValue()[slot] = Double.NaN;
            }
        }
        points++;
        version++;
    }

    public synchronized void clear() {
        rings.clear();
        points = 0;
        version++;
    }

    /** Changes whenever data changes: the drawing thread redraws only then. */
    public synchronized long version() {
        return version;
    }

    public synchronized Snapshot snapshot() {
        int n = (int) Math.min(points, capacity);
        long first = points - n;
        List<String> names = new ArrayList<>(rings.keySet());
        List<double[]> series = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String name : names) {
            double[] ring = rings.get(name);
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                double v = ring[(int) ((first + i) % capacity)];
                ys[i] = v;
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            series.add(ys);
        }
        return new Snapshot(names, series, first, n, min, max);
    }

    /** Values to draw: series in the order first seen, each {@code count} points from x = {@code firstX}. */
    public record Snapshot(List<String> names, List<double[]> series, long firstX, int count, double min, double max) {
        public boolean isEmpty() {
            return count == 0 || names.isEmpty();
        }
    }
}
