package kumiki.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import kumiki.ml.ModelTraining;
import kumiki.ml.quant.ModelReport;

/**
 * The "How well did it learn?" step in words, from what training made: how many it got right, the
 * float and int8 figures, what it takes on the board, and advice that names the fix.
 */
final class TeachReport {
    private final ModelTraining.Result r;
    private final String language;

    TeachReport(ModelTraining.Result r, String language) {
        this.r = r;
        this.language = language;
    }

    private String t(String key, Object... args) {
        return I18n.get(language, key, args);
    }

    /** "It got 27 of 30 right on examples it had never seen", from the int8 model the board will run. */
    String accuracyWords() {
        if (r.int8Metrics() == null) {
            return Double.isNaN(r.crossValidation()) ? t("teach.result.untested")
                    : t("teach.result.crossValidated", Math.round(100 * r.crossValidation()));
        }
        int total = r.int8Metrics().total();
        int right = (int) Math.round(r.int8Metrics().accuracy() * total);
        return t("teach.result.words", right, total);
    }

    /** Float and int8 accuracy on the test, in numbers. */
    String accuracyNumbers() {
        if (r.int8Metrics() == null) {
            return "";
        }
        return t("teach.result.numbers", pct(r.floatMetrics().accuracy()), pct(r.int8Metrics().accuracy()),
                r.split().description().in(I18n.locale(language)));
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f", 100 * share);
    }

    /** RAM and flash the model takes on the board, and the time one recognition takes. */
    String memoryWords() {
        ModelReport m = r.report();
        return t("teach.result.memory", ramBytes(m), ModelReport.RAM_BYTES / 1024, m.flashBytes(),
                ModelReport.FLASH_BYTES / 1024, String.format(Locale.ROOT, "%.2f", r.model().recognitionMs()));
    }

    static int ramBytes(ModelReport m) {
        return m.arenaBytes() + m.interpreterBytes();
    }

    /**
     * Advice that names the fix: the two labels most mixed up, examples that look unlike their own,
     * and labels with fewer than {@code goal} examples ({@code count} says how many each has).
     */
    String advice(List<String> labels, ToIntFunction<String> count, int goal) {
        List<String> out = new ArrayList<>();
        if (r.int8Metrics() != null) {
            int[][] c = r.int8Metrics().confusion();
            List<String> l = r.int8Metrics().labels();
            int worst = 0;
            int a = -1;
            int b = -1;
            for (int i = 0; i < c.length; i++) {
                for (int j = 0; j < c.length; j++) {
                    if (i != j && c[i][j] + c[j][i] > worst) {
                        worst = c[i][j] + c[j][i];
                        a = Math.min(i, j);
                        b = Math.max(i, j);
                    }
                }
            }
            if (a >= 0) {
                out.add(t("teach.advice.mixed", l.get(a), l.get(b)));
            }
        }
        for (ModelTraining.Unlike u : r.unlike().stream().limit(3).toList()) {
            out.add(u.sentence().in(I18n.locale(language)));
        }
        for (String label : labels) {
            int n = count.applyAsInt(label);
            if (n < goal) {
                out.add(t("teach.advice.more", goal - n, label));
            }
        }
        return out.isEmpty() ? t("teach.advice.good") : String.join("\n", out);
    }
}
