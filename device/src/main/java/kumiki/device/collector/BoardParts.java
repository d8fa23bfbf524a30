package kumiki.device.collector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kumiki.blocks.BlockAssets;
import kumiki.codegen.Library;

/**
 * The Wio Terminal's C++ parts as the blocks module declares them ({@link BlockAssets#BOARD_PARTS}),
 * so the collector sets the accelerometer up and samples the microphone exactly as block programs do.
 */
final class BoardParts {
    private static final Pattern SLOT = Pattern.compile("%([A-Z]+)%");
    private static final JsonNode PARTS = read(BlockAssets.BOARD_PARTS);

    private BoardParts() {
    }

    /** {@code #include} lines of the accelerometer, in order. */
    static List<String> accelerometerIncludes() {
        List<String> lines = new ArrayList<>();
        PARTS.path("accelerometer").path("includes").forEach(n -> lines.add(n.asText()));
        return lines;
    }

    static String accelerometerGlobal() {
        return PARTS.path("accelerometer").path("global").asText();
    }

    /** Set-up lines for at least {@code rate} readings a second: the chip's slowest rate that keeps up. */
    static List<String> accelerometerSetup(double rate) {
        JsonNode part = PARTS.path("accelerometer");
        // parts.json lists the chip's rates from slowest to fastest; past the fastest, the fastest it is.
        String odr = null;
        for (var it = part.path("outputDataRates").fields(); it.hasNext(); ) {
            var e = it.next();
            odr = e.getValue().asText();
            if (Double.parseDouble(e.getKey()) >= rate) {
                break;
            }
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode line : part.path("setup")) {
            lines.add(fill(line.asText(), Map.of("ODR", odr)));
        }
        return lines;
    }

    static Library accelerometerLibrary() {
        JsonNode lib = PARTS.path("accelerometer").path("library");
        return new Library(lib.path("name").asText(), lib.path("version").asText());
    }

    /** The 16 kHz sampler: keeps readings while {@code active} is true, at the part's own rate. */
    static String microphoneSampler(String active) {
        JsonNode part = PARTS.path("microphone");
        String file = BlockAssets.BOARD_PARTS.substring(0, BlockAssets.BOARD_PARTS.lastIndexOf('/') + 1)
                + part.path("sampler").asText();
        return fill(text(file), Map.of("ACTIVE", active, "RATE", part.path("rate").asText()));
    }

    /** A top button's set-up line, as the button blocks write it. */
    static String buttonSetup(String pin) {
        return fill(PARTS.path("button").path("setup").asText(), Map.of("PIN", pin));
    }

    /** The condition that is true while a top button is held down. */
    static String buttonDown(String pin) {
        return fill(PARTS.path("button").path("down").asText(), Map.of("PIN", pin));
    }

    static int microphoneRate() {
        return PARTS.path("microphone").path("rate").asInt();
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        return m.appendTail(out).toString();
    }

    private static JsonNode read(String resource) {
        try {
            return new ObjectMapper().readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        URL url = BlockAssets.resource(resource);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
