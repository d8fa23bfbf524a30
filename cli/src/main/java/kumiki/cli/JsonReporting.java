package kumiki.cli;

/** Commands whose errors must also come out as JSON when --json was given. */
public interface JsonReporting {
    boolean jsonRequested();
}
