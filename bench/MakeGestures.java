// Writes a seeded classroom gesture dataset (wave, shake, circle, idle by three "people", each holding
// the board their own way) as Edge Impulse CSV files with the person as session tag: wave.p1.1003.csv.
// java -cp <kumiki class path> bench/MakeGestures.java OUTDIR [PER_GESTURE_PER_PERSON] [SEED]
import java.nio.file.Path;
import kumiki.ml.synth.GestureGenerator;

public class MakeGestures {
    public static void main(String[] args) throws Exception {
        int per = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        GestureGenerator.classroom(seed, 3).writeDataset(Path.of(args[0]), per, 0, 2);
    }
}
