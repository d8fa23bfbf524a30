package kumiki.ml.train;

/** The two model shapes Kumiki trains: a small dense net for spectral features, a small conv net for raw windows. */
public enum Architecture {
    /** features → 20 relu → 10 relu → labels. */
    DENSE,
    /** [time][channel] → conv 5×8 relu → max pool 2 → conv 3×16 relu → max pool 2 → labels. */
    CONV;

    public static Architecture forInput(int[] inputShape) {
        return inputShape.length == 1 ? DENSE : CONV;
    }
}
