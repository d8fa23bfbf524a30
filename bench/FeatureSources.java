// Writes each standard feature pipeline's generated C into OUTDIR as NAME.c, for bench/board.sh; with
// --estimates, prints what Kumiki estimates each costs on the board instead.
// java -cp <kumiki class path> bench/FeatureSources.java OUTDIR [--estimates]
import java.nio.file.Files;
import java.nio.file.Path;
import kumiki.ml.features.Pipelines;

public class FeatureSources {
    public static void main(String[] args) throws Exception {
        for (String name : Pipelines.NAMES) {
            var p = Pipelines.standard(name);
            if (args.length > 1 && args[1].equals("--estimates")) {
                System.out.printf("%s: %,d instructions (%.2f ms)%n", name, p.boardInstructions(), p.boardMs());
            } else {
                Files.writeString(Path.of(args[0], name + ".c"), p.cSource());
            }
        }
    }
}
