package kumiki.editor;

/**
 * The readings of a recording in progress, kept for the live plot the child watches while recording.
 * The board decides how many rows arrive and what is in them, so the trace is bounded: a row that is
 * not the expected numbers is skipped, and a long or fast recording keeps every n-th reading so that
 * no more than {@link #MAX_POINTS} are held (the plot has no more pixels than that).
 */
public final class LiveTrace {
    /** More points than a plot a few hundred pixels wide can show. */
    public static final int MAX_POINTS = 1_000;

    private final int columns;
    private final int every;
    private final int capacity;
    private final float[][] values;
    private long seen;
    private int kept;

    /**
     * @param columns  values per reading
     * @param expected readings the whole recording should have (its rate times its length)
     */
    public LiveTrace(int columns, int expected) {
        if (columns < 1 || columns > 16) {
            throw new IllegalArgumentException("a reading has 1 to 16 values, not " + columns);
        }
        this.columns = columns;
        int wanted = Math.max(2, expected);
        this.every = (int) Math.ceil(wanted / (double) MAX_POINTS);
        this.capacity = (int) Math.ceil(wanted / (double) every);
        this.values = new float[columns][capacity];
    }

    /** Adds one row as the board sent it ("0.12,-0.98,0.03"); anything else is skipped. */
    public synchronized void add(String row) {
        float[] reading = parse(row, columns);
        if (reading == null || kept >= capacity) {
            return;
        }
        if (seen++ % every != 0) {
            return;
        }
        for (int c = 0; c < columns; c++) {
            values[c][kept] = reading[c];
        }
        kept++;
    }

    /** The readings kept so far, [channel][time]; a copy the plot may keep. */
    public synchronized float[][] snapshot() {
        float[][] out = new float[columns][];
        for (int c = 0; c < columns; c++) {
            out[c] = java.util.Arrays.copyOf(values[c], kept);
        }
        return out;
    }

    /** How many points the whole recording gives: the plot's width stands for this many. */
    public int capacity() {
        return capacity;
    }

    /** One reading of {@code columns} finite numbers separated by commas, or null. */
    public static float[] parse(String row, int columns) {
        if (row == null || row.length() > 64 * columns) {
            return null;
        }
        String[] f = row.split(",", -1);
        if (f.length != columns) {
            return null;
        }
        float[] out = new float[columns];
        try {
            for (int i = 0; i < columns; i++) {
                out[i] = Float.parseFloat(f[i].strip());
                if (!Float.isFinite(out[i])) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }
}
