package kumiki.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kumiki.ml.ModelPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kumiki features}: the int8 input tensor exactly as the device would feed it. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Print the int8 input tensor the device would feed the model for one recording.")
public final class FeaturesCommand extends KumikiCommand implements Callable<Integer> {
    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "A .csv or .wav recording.")
    Path input;

    @Override
    public Integer call() {
        ModelPackage model = modelOptions.load();
        byte[] tensor;
        try {
            tensor = model.features(PredictCommand.read(input));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        ObjectNode n = Json.object();
        n.set("shape", Json.MAPPER.valueToTree(model.quantized().inputTensor().shape()));
        n.put("scale", model.quantized().inputTensor().scale()[0]);
        n.put("zeroPoint", model.quantized().inputTensor().zeroPoint()[0]);
        ArrayNode values = n.putArray("values");
        for (byte b : tensor) {
            values.add(b);
        }
        spec.commandLine().getOut().println(n);
        return KumikiCli.OK;
    }
}
