// Times TensorFlow Java training alone (no feature extraction), for a fixed number of epochs, and
// writes the same training features for the TensorFlow.js comparison (bench/tfjs/train.mjs).
// java -cp <kumiki class path> bench/TrainTiming.java DATASET PIPELINE EPOCHS FEATURES.json
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kumiki.ml.dataset.Dataset;
import kumiki.ml.dataset.DatasetReader;
import kumiki.ml.dataset.Sample;
import kumiki.ml.features.FeaturePipeline;
import kumiki.ml.features.Pipelines;
import kumiki.ml.train.Trainer;
import kumiki.ml.train.TrainingOptions;

public class TrainTiming {
    public static void main(String[] args) throws Exception {
        Dataset d = DatasetReader.read(Path.of(args[0]));
        FeaturePipeline p = Pipelines.standard(args[1]);
        int epochs = Integer.parseInt(args[2]);
        List<String> labels = d.labels();
        List<Sample> train = kumiki.ml.dataset.HoldOut.split(d.samples()).train();
        float[][] x = train.stream().map(p::extract).toArray(float[][]::new);
        int[] y = train.stream().mapToInt(s -> labels.indexOf(s.label())).toArray();
        new ObjectMapper().writeValue(Path.of(args[3]).toFile(), Map.of("x", x, "y", y, "labels", labels));
        // No early stopping: both trainers run exactly the same number of epochs.
        TrainingOptions options = new TrainingOptions(epochs, 16, 0.005f, 1, epochs + 1, 0.15);
        Trainer.train(p.outputShape(), x, y, labels, options.withMaxEpochs(2), e -> { }, () -> false); // warm-up
        long t0 = System.nanoTime();
        Trainer.train(p.outputShape(), x, y, labels, options, e -> { }, () -> false);
        System.out.printf("TensorFlow Java 1.1.0: %d epochs on %d samples in %.2f s%n", epochs, x.length,
                (System.nanoTime() - t0) / 1e9);
    }
}
