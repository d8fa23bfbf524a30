package kumiki.device.plot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the lines the plot block prints, the Arduino Serial Plotter's format: {@code name:value,name:value}.
 * Unnamed numbers separated by commas, spaces or tabs become {@code value1}, {@code value2}, ...
 * Anything that is not all numbers is not a plot line (an empty map), so text never draws a spike.
 */
public final class PlotLineParser {
    private PlotLineParser() {
    }

    public static Map<String, Double> parse(String line) {
        Map<String, Double> values = new LinkedHashMap<>();
        String s = line.strip();
        if (s.isEmpty() || s.length() > 512) {
            return values;
        }
        String[] parts = s.split(s.contains(",") ? "," : "[ \\t]+");
        int unnamed = 0;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.lastIndexOf(':');
            String name;
            String number;
            if (colon >= 0) {
                name = p.substring(0, colon).strip();
                number = p.substring(colon + 1).strip();
                if (name.isEmpty()) {
                    return Map.of();
                }
            } else {
                name = "value" + (++unnamed);
                number = p;
            }
            try {
                double v = Double.parseDouble(number);
                if (!Double.isFinite(v) || number.endsWith("d") || number.endsWith("f") || number.endsWith("D")
                        || number.endsWith("F")) {
                    return Map.of();
                }
                values.put(name, v);
            } catch (NumberFormatException e) {
                return Map.of();
            }
        }
        return values;
    }
}
