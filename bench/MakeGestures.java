// Writes the seeded gesture dataset (wave, shake, circle, idle by five "people") as Edge Impulse CSV files.
// java -cp <kumiki class path> bench/MakeGestures.java OUTDIR [PER_GESTURE] [SEED]
import java.nio.file.Path;
import kumiki.ml.synth.GestureGenerator;

public class MakeGestures {
    public static void main(String[] args) throws Exception {
        int per = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        GestureGenerator.standard(seed).writeDataset(Path.of(args[0]), per);
    }
}
