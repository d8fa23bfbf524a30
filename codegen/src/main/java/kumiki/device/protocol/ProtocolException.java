package kumiki.device.protocol;

/** A line that claims to be ours but cannot be used. The key names a bundle message. */
public final class ProtocolException extends Exception {
    private final String key;
    private final transient Object[] args;

    public ProtocolException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
