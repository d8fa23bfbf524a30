package kumiki.codegen;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kumiki.ml.ModelFileException;
import kumiki.ml.ModelPackage;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.quant.ModelReport;
import kumiki.ml.quant.QuantizedModel;
import kumiki.project.Project;

/**
 * The two files a sketch with Teach blocks keeps beside its .ino, made from the project's trained model
 * ({@code model/model.json} and {@code model/model.tflite}):
 * <ul>
 *   <li>{@code kumiki_model.h}: the .tflite bytes, the labels, the normalization, the input and output
 *       quantization, the window, stride and smoothing, and the arena size, all as named macros and
 *       arrays the generated .ino reads (blocks/src/generators/arduino/teach.js);</li>
 *   <li>{@code kumiki_features.h}: the pipeline's C, exactly the code the ml tests check against Java.</li>
 * </ul>
 */
public final class TeachFiles {
    public static final String MODEL_HEADER = "kumiki_model.h";
    public static final String FEATURES_HEADER = "kumiki_features.h";
    /**
     * The TFLM library the sketch includes (blocks/src/generators/arduino/teach.js pins its version).
     * It does not link as a library, so Export and Upload copy it into the sketch (VendoredLibrary).
     */
    public static final String TFLM_LIBRARY = "tflm_cortexm";
    /** The generated .ino includes this when a Teach block is used. */
    static final String USES_MODEL = "#include \"" + MODEL_HEADER + "\"";

    /**
     * The report's plan is what TFLM keeps once it has planned (within 1 % of arena_used_bytes() of the
     * real library, docs/teach.md), but planning itself needs room for a moment more: the smallest arena
     * AllocateTensors() accepted was 20 to 436 bytes above arena_used_bytes() for the models measured.
     * Half again plus 1 KB covers that with room; a too-small arena can crash a kernel's Prepare instead
     * of failing cleanly, so the margin errs on the safe side (the board has 192 KB).
     */
    static final double ARENA_MARGIN = 1.5;
    static final int ARENA_EXTRA_BYTES = 1024;

    private TeachFiles() {
    }

    /** Why a model cannot go into a sketch, already in the reader's words. */
    public static final class Refused extends Exception {
        private final String kind;

        Refused(String kind, String message) {
            super(message);
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }
    }

    /** The arena a sketch gives TFLM for a model with this report. */
    public static int arenaBytes(ModelReport report) {
        int bytes = (int) Math.ceil(report.arenaBytes() * ARENA_MARGIN) + ARENA_EXTRA_BYTES;
        return (bytes + 15) & ~15;
    }

    /** RAM the sketch keeps for the window's readings: the ring, and a copy for the features (or the sampler's ring). */
    static int windowBytes(FeaturePipeline p, String sensor) {
        int window = p.windowSamples() * p.channels().size() * Float.BYTES;
        return sensor.equals("mic") ? window + MIC_RING_BYTES : 2 * window;
    }

    /** board/mic_sampler.cpp: 4096 readings of 16 bits. */
    static final int MIC_RING_BYTES = 4096 * 2;

    /** The two headers for the project's model, by file name; refused in words when there is no usable model. */
    public static Map<String, byte[]> of(Project project, Locale locale) throws Refused {
        byte[] json = project.files().get(BuildAssets.MODEL_JSON);
        byte[] tflite = project.files().get("model/model.tflite");
        if (json == null || tflite == null) {
            throw new Refused("teach-no-model", KumikiCompiler.WORDS.get(locale, "teach.noModel"));
        }
        ModelPackage model;
        try {
            model = ModelPackage.read(Path.of(BuildAssets.MODEL_JSON), json, Path.of("model/model.tflite"), tflite);
        } catch (ModelFileException e) {
            throw new Refused("teach-bad-model", KumikiCompiler.WORDS.get(locale, "teach.badModel", e.message(locale)));
        }
        FeaturePipeline p = model.pipeline();
        String sensor = sensorOf(p.channels(), model.json().path("sensor").asText(""));
        if (sensor == null) {
            String declared = model.json().path("sensor").asText("");
            throw new Refused("teach-wrong-sensor", KumikiCompiler.WORDS.get(locale, "teach.noSensor",
                    declared.isEmpty() ? String.join(", ", p.channels()) : declared + " (" + String.join(", ", p.channels()) + ")"));
        }
        ModelReport report = model.report();
        int arena = arenaBytes(report);
        // The window's readings live in RAM beside the arena: for sound, a second of floats (64 KB) and
        // the sampler's ring of 4096 readings; the other sensors' windows are a few KB.
        int memory = arena + windowBytes(p, sensor);
        if (!report.fitsFlash() || memory > ModelReport.RAM_BYTES - ModelReport.RAM_RESERVED) {
            throw new Refused("teach-too-big", KumikiCompiler.WORDS.get(locale, "teach.tooBig",
                    (memory + 1023) / 1024, (ModelReport.RAM_BYTES - ModelReport.RAM_RESERVED) / 1024,
                    (report.flashBytes() + 1023) / 1024, ModelReport.FLASH_BYTES / 1024));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MODEL_HEADER, modelHeader(model, tflite, sensor, arena).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put(FEATURES_HEADER, featuresHeader(p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return files;
    }

    /**
     * accel, mic, light or analog:A0..A8: the sensor whose readings the pipeline reads, checked against the
     * sensor model.json names (the wizard writes it; absent in older models). Null when the two disagree,
     * or when no sensor of the board gives those readings.
     */
    static String sensorOf(List<String> channels, String declared) {
        if (channels.equals(List.of("accX", "accY", "accZ"))) {
            return declared.isEmpty() || declared.equals("accel") ? "accel" : null;
        }
        if (channels.equals(List.of("audio"))) {
            return declared.isEmpty() || declared.equals("mic") ? "mic" : null;
        }
        if (channels.equals(List.of("value"))) {
            return declared.isEmpty() ? "light" : declared.matches("light|analog:A[0-8]") ? declared : null;
        }
        return null;
    }

    static String modelHeader(ModelPackage model, byte[] tflite, String sensor, int arena) {
        FeaturePipeline p = model.pipeline();
        QuantizedModel q = model.quantized();
        ModelReport report = model.report();
        var recognition = model.json().path("recognition");
        StringBuilder h = new StringBuilder();
        h.append("// The model Kumiki trained for this project, for TensorFlow Lite for Microcontrollers.\n");
        h.append("// Made by Kumiki from model/model.tflite and model/model.json: train again to change it.\n");
        h.append("#ifndef KUMIKI_MODEL_H\n#define KUMIKI_MODEL_H\n\n#include <stdint.h>\n\n");
        h.append("// What it listens to, and how: the pipeline's name and version say which features it was trained on.\n");
        h.append("#define KUMIKI_MODEL_SENSOR \"").append(sensor).append("\"\n");
        h.append("#define KUMIKI_MODEL_PIPELINE \"").append(p.name()).append("\"\n");
        h.append("#define KUMIKI_MODEL_PIPELINE_VERSION ").append(p.version()).append('\n');
        long period = Math.round(1e6 / p.rateHz());
        h.append(String.format(Locale.ROOT, "// %s readings a second: one every %d microseconds.%n", trim(p.rateHz()), period));
        h.append("#define KUMIKI_MODEL_PERIOD_US ").append(period).append("UL\n");
        h.append("#define KUMIKI_MODEL_CHANNELS ").append(p.channels().size()).append("  // ")
                .append(String.join(", ", p.channels())).append('\n');
        h.append(String.format(Locale.ROOT, "#define KUMIKI_MODEL_WINDOW %d  // readings in one window (%s ms)%n",
                p.windowSamples(), trim(p.windowSamples() * 1000 / p.rateHz())));
        h.append(String.format(Locale.ROOT, "#define KUMIKI_MODEL_STRIDE %d  // readings between two windows (%s ms)%n",
                p.windowStrideSamples(), trim(p.windowStrideSamples() * 1000 / p.rateHz())));
        h.append("#define KUMIKI_MODEL_FEATURES ").append(p.outputSize()).append('\n');
        h.append('\n');
        List<String> labels = model.labels();
        h.append("// The labels, in the order of the model's outputs.\n");
        h.append("#define KUMIKI_MODEL_LABELS ").append(labels.size()).append('\n');
        h.append("static const char *const kumiki_model_labels[KUMIKI_MODEL_LABELS] = {");
        for (int i = 0; i < labels.size(); i++) {
            h.append(i == 0 ? "" : ", ").append(cString(labels.get(i)));
        }
        h.append("};\n\n");
        h.append("// Recognising: a label needs this certainty (0 to 1) in AGREE of the last OF windows.\n");
        h.append("#define KUMIKI_MODEL_THRESHOLD ").append(trim(recognition.path("threshold").asDouble(0.7))).append('\n');
        h.append("#define KUMIKI_MODEL_AGREE ").append(recognition.path("agree").asInt(2)).append('\n');
        h.append("#define KUMIKI_MODEL_OF ").append(recognition.path("of").asInt(3)).append('\n');
        h.append("// The certainty each label needs, as its marker was set in the Teach wizard's \"Try it\" step.\n");
        h.append("static const float kumiki_model_needed[KUMIKI_MODEL_LABELS] = {");
        for (int i = 0; i < labels.size(); i++) {
            h.append(i == 0 ? "" : ", ").append(cFloat((float) needed(recognition, i)));
        }
        h.append("};\n\n");
        h.append("// Each feature is normalised, (feature - mean) * scale, then quantized to int8 with the input's\n");
        h.append("// scale and zero point; the output's turn int8 back into certainties.\n");
        h.append("#define KUMIKI_MODEL_INPUT_SCALE ").append(cFloat(q.inputTensor().scale()[0])).append('\n');
        h.append("#define KUMIKI_MODEL_INPUT_ZERO_POINT ").append(q.inputTensor().zeroPoint()[0]).append('\n');
        h.append("#define KUMIKI_MODEL_OUTPUT_SCALE ").append(cFloat(q.outputTensor().scale()[0])).append('\n');
        h.append("#define KUMIKI_MODEL_OUTPUT_ZERO_POINT ").append(q.outputTensor().zeroPoint()[0]).append('\n');
        h.append("static const float kumiki_model_mean[KUMIKI_MODEL_FEATURES] = ").append(floats(model.mean())).append(";\n");
        h.append("static const float kumiki_model_scale[KUMIKI_MODEL_FEATURES] = ").append(floats(model.scale())).append(";\n\n");
        h.append(String.format(Locale.ROOT, "// Working memory for TFLM: Kumiki's plan says %d bytes (tensors and scratch %d, interpreter %d);%n",
                report.arenaBytes(), report.activationBytes(), report.interpreterBytes()));
        h.append(String.format(Locale.ROOT, "// planning needs a little more for a moment, so the sketch gives it %.1f times that plus %d.%n",
                ARENA_MARGIN, ARENA_EXTRA_BYTES));
        h.append("#define KUMIKI_MODEL_ARENA_BYTES ").append(arena).append('\n');
        h.append("// Operators: ").append(String.join(", ", report.operators().stream().distinct().toList())).append('\n');
        h.append('\n');
        h.append("// The .tflite file itself (").append(tflite.length).append(" bytes), aligned as TFLM reads it.\n");
        h.append("alignas(16) const unsigned char kumiki_model[] = {\n");
        for (int i = 0; i < tflite.length; i++) {
            h.append(i % 12 == 0 ? "  " : " ").append(String.format(Locale.ROOT, "0x%02x,", tflite[i] & 0xff));
            if (i % 12 == 11 || i == tflite.length - 1) {
                h.append('\n');
            }
        }
        h.append("};\n");
        h.append("const unsigned int kumiki_model_len = ").append(tflite.length).append(";\n\n#endif\n");
        return h.toString();
    }

    static String featuresHeader(FeaturePipeline p) {
        return "// The features the model was trained on: " + p.name() + " v" + p.version() + ", generated by Kumiki.\n"
                + "// The same C that Kumiki's tests compile and compare with its Java, number for number.\n"
                + "#ifndef KUMIKI_FEATURES_H\n#define KUMIKI_FEATURES_H\n\n"
                + "// Each operation rounded on its own, as in Java: no fused multiply-add, which would change\n"
                + "// the last bits of a feature and so, now and then, a recognition.\n"
                + "#pragma GCC optimize(\"fp-contract=off\")\n\n"
                + p.cSource()
                + "\n#endif\n";
    }

    private static String floats(float[] v) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(cFloat(v[i]));
        }
        return s.append('}').toString();
    }

    /** A float literal that reads back as exactly this float (Java's shortest round-trip form). */
    static String cFloat(float f) {
        return Float.toString(f) + "f";
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** A C string literal for a label: UTF-8 bytes outside ASCII as octal escapes, so any compiler reads it. */
    /**
     * The certainty label {@code i} needs: the wizard's per-label marker ({@code thresholds}) where it
     * is a sane share, else the model's one threshold. A hand-edited model.json cannot make a label
     * need more than certainty (never recognised) or next to nothing (always recognised).
     */
    static double needed(com.fasterxml.jackson.databind.JsonNode recognition, int i) {
        double all = sane(recognition.path("threshold").asDouble(0.7), 0.7);
        com.fasterxml.jackson.databind.JsonNode t = recognition.path("thresholds").path(i);
        return t.isNumber() ? sane(t.asDouble(), all) : all;
    }

    private static double sane(double v, double otherwise) {
        return Double.isFinite(v) && v >= 0.05 && v <= 1.0 ? v : otherwise;
    }

    static String cString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
                out.append((char) c);
            } else {
                out.append(String.format(Locale.ROOT, "\\%03o", c));
            }
        }
        return out.append('"').toString();
    }
}
