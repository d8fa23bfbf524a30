// Writes each standard feature pipeline's generated C into OUTDIR as NAME.c, for bench/board.sh.
// java -cp <kumiki class path> bench/FeatureSources.java OUTDIR
import java.nio.file.Files;
import java.nio.file.Path;
import kumiki.ml.features.Pipelines;

public class FeatureSources {
    public static void main(String[] args) throws Exception {
        for (String name : Pipelines.NAMES) {
            Files.writeString(Path.of(args[0], name + ".c"), Pipelines.standard(name).cSource());
        }
    }
}
