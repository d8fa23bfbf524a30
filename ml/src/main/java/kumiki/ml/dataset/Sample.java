package kumiki.ml.dataset;

import java.util.List;

/**
 * One recorded example: a label, the channels' names ({@code accX}, {@code accY}...)
 * and their values over time at a fixed rate.
 *
 * @param values [channel][time], in the sensor's unit (g for acceleration, raw counts for light, -1..1 for sound)
 */
public record Sample(String file, String label, List<String> channels, double rateHz, float[][] values) {
    public int length() {
        return values.length == 0 ? 0 : values[0].length;
    }

    public double durationMs() {
        return length() * 1000.0 / rateHz;
    }
}
