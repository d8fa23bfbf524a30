package kumiki.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kumiki.ml.ModelPackage;
import kumiki.ml.dataset.DatasetReader;
import kumiki.ml.dataset.Sample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kumiki predict}: the label the int8 model gives a recording, as the device would. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Run the int8 model (as the device would) on one recording and show the label and scores.")
public final class PredictCommand extends KumikiCommand implements Callable<Integer> {
    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "A .csv or .wav recording.")
    Path input;

    static Sample read(Path input) {
        try {
            return DatasetReader.readSample(input);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    @Override
    public Integer call() {
        ModelPackage model = modelOptions.load();
        Sample sample = read(input);
        float[] scores;
        try {
            scores = model.predict(sample);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        if (jsonOption.json) {
            ObjectNode n = Json.object();
            n.put("label", model.labels().get(best));
            ObjectNode s = n.putObject("scores");
            for (int i = 0; i < scores.length; i++) {
                s.put(model.labels().get(i), scores[i]);
            }
            spec.commandLine().getOut().println(n);
        } else {
            var o = spec.commandLine().getOut();
            o.println(model.labels().get(best));
            for (int i = 0; i < scores.length; i++) {
                o.printf(Locale.ROOT, "  %-12s %5.1f%%%n", model.labels().get(i), 100 * scores[i]);
            }
        }
        return KumikiCli.OK;
    }
}
