package kumiki.cli;

import java.nio.file.Path;
import kumiki.ml.ModelFileException;
import kumiki.ml.ModelPackage;
import picocli.CommandLine.Option;

/** The shared {@code --model MODELDIR} option. */
public final class ModelOptions {
    @Option(names = "--model", required = true, paramLabel = "MODELDIR",
            description = "A model folder made by 'kumiki train' (model.tflite and model.json).")
    Path model;

    ModelPackage load() {
        try {
            return ModelPackage.load(model);
        } catch (ModelFileException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
