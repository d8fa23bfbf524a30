package kumiki.ml.model;

import java.util.List;

/**
 * How well a model does on labelled examples: accuracy, per-label precision
 * and recall, and the confusion matrix (rows: true label, columns: predicted).
 */
public record Evaluation(List<String> labels, int[][] confusion) {

    public static Evaluation of(List<String> labels, int[] truth, int[] predicted) {
        int[][] m = new int[labels.size()][labels.size()];
        for (int i = 0; i < truth.length; i++) {
            m[truth[i]][predicted[i]]++;
        }
        return new Evaluation(labels, m);
    }

    public int total() {
        int n = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < confusion.length; i++) {
            correct += confusion[i][i];
        }
        return total() == 0 ? 0 : correct / (double) total();
    }

    /** Of the examples predicted as this label, the share that really were. */
    public double precision(int label) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[label];
        }
        return predicted == 0 ? 0 : confusion[label][label] / (double) predicted;
    }

    /** Of the examples of this label, the share found. */
    public double recall(int label) {
        int actual = 0;
        for (int v : confusion[label]) {
            actual += v;
        }
        return actual == 0 ? 0 : confusion[label][label] / (double) actual;
    }
}
