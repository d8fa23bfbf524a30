// Writes the spoken-words dataset ("yes", "no" and background noise) with espeak-ng and sox.
// java -cp <kumiki class path> bench/MakeWords.java OUTDIR [PER_WORD] [SEED]
import java.nio.file.Path;
import java.util.List;
import kumiki.ml.synth.SpokenWords;

public class MakeWords {
    public static void main(String[] args) throws Exception {
        int per = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        SpokenWords.write(Path.of(args[0]), List.of("yes", "no"), per, seed);
    }
}
