package kumiki.device.upload;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kumiki.codegen.SketchBuilder;

/**
 * Reads arduino-cli's words. Progress comes from bossac's bar ({@code [====  ] 45% (40/87 pages)});
 * failures are sorted into the few kinds a classroom meets, each with the fix.
 */
public final class ArduinoCliOutput {
    private static final Pattern PERCENT = Pattern.compile("\\]\\s*(\\d{1,3})%");
    private static final Pattern PLATFORM = Pattern.compile(
            "Platform '([^']+)' not found|platform ([\\w.-]+:[\\w.-]+) is not installed");
    private static final Pattern HEADER = Pattern.compile("fatal error: ([\\w./-]+\\.h(?:pp)?): No such file or directory");
    private static final Pattern ERROR_LINE = Pattern.compile("^(.*?\\.ino):(\\d+):(?:\\d+:)? error: (.*)$");
    private static final Pattern BUSY = Pattern.compile("(?i)serial port busy|resource busy|port is busy|access is denied");
    private static final Pattern NO_DEVICE = Pattern.compile("No device found on|No upload port found|port not found|Serial port not found");
    private static final Pattern DENIED = Pattern.compile("(?i)permission denied");

    /**
     * Headers of the libraries Kumiki's blocks use, and the library (at the version sketch.yaml pins) that
     * provides each. The Teach blocks use TFLM through tflm_cortexm; Arduino_TensorFlowLite left the
     * library index in 2022 and cannot be installed.
     */
    static final Map<String, String> LIBRARY_OF_HEADER = Map.of(
            "LIS3DHTR.h", "Grove-3-Axis-Digital-Accelerometer-2g-to-16g-LIS3DHTR",
            "tflm_cortexm.h", "tflm_cortexm@1.0.0");

    private ArduinoCliOutput() {
    }

    /** bossac's percentage on this line, if it has one. */
    public static OptionalInt percent(String line) {
        Matcher m = PERCENT.matcher(line);
        return m.find() ? OptionalInt.of(Math.min(100, Integer.parseInt(m.group(1)))) : OptionalInt.empty();
    }

    /** The problem the output of a failed run shows; OTHER with the last lines when none fits. */
    public static UploadProblem problem(List<String> lines) {
        for (String line : lines) {
            Matcher m = PLATFORM.matcher(line);
            if (m.find()) {
                String platform = m.group(1) != null ? m.group(1) : m.group(2);
                return new UploadProblem(UploadProblem.Kind.MISSING_CORE, installCore(platform), 0, null);
            }
        }
        for (String line : lines) {
            Matcher m = HEADER.matcher(line);
            if (m.find()) {
                String header = m.group(1);
                String library = LIBRARY_OF_HEADER.getOrDefault(header, header.replaceAll("\\.h(pp)?$", ""));
                return new UploadProblem(UploadProblem.Kind.MISSING_LIBRARY, "arduino-cli lib install \"" + library + "\"", 0, null);
            }
        }
        for (String line : lines) {
            Matcher m = ERROR_LINE.matcher(line.strip());
            if (m.find()) {
                return new UploadProblem(UploadProblem.Kind.COMPILE_ERROR, m.group(3), Integer.parseInt(m.group(2)), null);
            }
        }
        for (String line : lines) {
            if (BUSY.matcher(line).find()) {
                return new UploadProblem(UploadProblem.Kind.PORT_BUSY, "", 0, null);
            }
        }
        for (String line : lines) {
            if (DENIED.matcher(line).find()) {
                return new UploadProblem(UploadProblem.Kind.PERMISSION, "", 0, null);
            }
        }
        for (String line : lines) {
            if (NO_DEVICE.matcher(line).find()) {
                return new UploadProblem(UploadProblem.Kind.NO_DEVICE, "", 0, null);
            }
        }
        List<String> tail = lines.subList(Math.max(0, lines.size() - 3), lines.size());
        return new UploadProblem(UploadProblem.Kind.OTHER, String.join(" / ", tail).strip(), 0, null);
    }

    static String installCore(String platform) {
        String cmd = "arduino-cli core install " + platform;
        return platform.equalsIgnoreCase("Seeeduino:samd")
                ? cmd + " --additional-urls " + SketchBuilder.PLATFORM_INDEX : cmd;
    }
}
