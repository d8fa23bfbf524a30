package kumiki.cli;

import java.io.IOException;
import java.nio.file.Path;
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
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
