package kumiki.ml;

import kumiki.ml.dataset.DatasetIssue;
import kumiki.project.KeyedException;

/**
 * A model folder that cannot be used, said in one line that names the folder or file; the key is
 * a message in the ml bundle whose first argument is that name.
 */
public final class ModelFileException extends KeyedException {
    public ModelFileException(String key, Object... args) {
        super(DatasetIssue.WORDS, key, args);
    }
}
