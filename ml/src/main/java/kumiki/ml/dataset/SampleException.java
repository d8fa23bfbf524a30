package kumiki.ml.dataset;

/** A sample file that cannot be used; {@code line} is 1-based, or 0 for the whole file. */
final class SampleException extends Exception {
    final int line;
    final String key;
    final Object[] args;

    SampleException(int line, String key, Object... args) {
        super(key);
        this.line = line;
        this.key = key;
        this.args = args;
    }
}
