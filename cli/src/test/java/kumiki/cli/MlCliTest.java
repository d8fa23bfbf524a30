package kumiki.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kumiki.ml.synth.GestureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, predict, features and report, as a teacher would run them. */
class MlCliTest extends CommandLineTest {
    @TempDir
    static Path dir;

    static Path data;
    static Path model;
    static final ObjectMapper JSON = new ObjectMapper();



    @BeforeAll
    static void trainOnce() throws Exception {
        data = dir.resolve("gestures");
        model = dir.resolve("model");
        GestureGenerator.standard(3).writeDataset(data, 30);
        MlCliTest t = new MlCliTest();
        assertThat(t.run("train", "--data", data.toString(), "--pipeline", "motion-spectral", "--out", model.toString(),
                "--seed", "7")).as(t.err.toString()).isZero();
    }

    @Test
    void trainWritesTheModelAndItsDescription() throws Exception {
        assertThat(model.resolve("model.tflite")).exists();
        JsonNode json = JSON.readTree(model.resolve("model.json").toFile());
        assertThat(json.path("labels")).hasSize(4);
        assertThat(json.path("pipeline").path("name").asText()).isEqualTo("motion-spectral");
        assertThat(json.path("pipeline").path("parameters").path("fftLength").asInt()).isEqualTo(128);
        assertThat(json.path("input").path("type").asText()).isEqualTo("int8");
        assertThat(json.path("output").path("scale").asDouble()).isEqualTo(1.0 / 256);
        assertThat(json.path("output").path("zeroPoint").asInt()).isEqualTo(-128);
        assertThat(json.path("metrics").path("int8").path("confusion")).hasSize(4);
        assertThat(json.path("metrics").path("int8").path("accuracy").asDouble()).isGreaterThan(0.85);
        assertThat(json.path("report").path("fitsRam").asBoolean()).isTrue();
    }

    /** Without --pipeline, train tries the motion pipelines, says how each did, and says in words what it tested on. */
    @Test
    void trainChoosesThePipelineAndSaysWhatItWasTestedOn() throws Exception {
        Path people = dir.resolve("people");
        GestureGenerator.classroom(4, 3).writeDataset(people, 4, 0, 2);
        assertThat(run("train", "--data", people.toString(), "--out", dir.resolve("auto").toString())).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("motion-robust: \\d+\\.\\d% in cross-validation")
                .containsPattern("motion-spectral: \\d+\\.\\d% in cross-validation")
                .containsPattern("motion-raw: \\d+\\.\\d% in cross-validation")
                .contains("(tested on 1 recording session it never saw (p2; 16 examples))");
        JsonNode json = JSON.readTree(dir.resolve("auto").resolve("model.json").toFile());
        assertThat(json.path("training").path("requestedPipeline").asText()).isEqualTo("auto");
        assertThat(json.path("split").path("heldOutSessions").toString()).isEqualTo("[\"p2\"]");
    }

    /**
     * TensorFlow's native start-up lines go straight to file descriptor 2, which only a process of
     * its own shows, and the installed app sets no environment: the terminal of a real {@code kumiki train} holds Kumiki's words alone.
     */
    @Test
    void trainOnATerminalPrintsNoneOfTensorFlowsOwnLines() throws Exception {
        Path errFile = dir.resolve("train-stderr.txt");
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.language=en", "kumiki.cli.Main",
                "train", "--data", data.toString(), "--pipeline", "motion-spectral", "--epochs", "2",
                "--out", dir.resolve("quiet").toString())
                .redirectError(errFile.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // As the installed app runs it: its launcher sets no environment variables.
        launch.environment().remove("TF_CPP_MIN_LOG_LEVEL");
        launch.environment().remove("TF_ENABLE_ONEDNN_OPTS");
        Process p = launch.start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(errFile);
        assertThat(p.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Training with motion-spectral").doesNotContain("absl").doesNotContain("MLIR")
                .doesNotContain("tensorflow/").doesNotContain("oneDNN")
                .doesNotContainPattern("(?m)^[IWE]\\d{4} ");
    }

    /** The wizard's expert settings on the command line: a shorter window and stride reach model.json; a longer one is one line. */
    @Test
    void trainTakesTheWindowStrideAndLearningRateAndRefusesAWindowTooLong() throws Exception {
        Path tuned = dir.resolve("tuned");
        assertThat(run("train", "--data", data.toString(), "--pipeline", "motion-raw", "--epochs", "3", "--window-ms", "1000",
                "--stride-ms", "100", "--learning-rate", "0.01", "--out", tuned.toString())).as(err.toString()).isZero();
        JsonNode json = JSON.readTree(tuned.resolve("model.json").toFile());
        assertThat(json.at("/pipeline/parameters/windowMs").asInt()).isEqualTo(1000);
        assertThat(json.at("/pipeline/parameters/windowStrideMs").asInt()).isEqualTo(100);
        assertThat(json.at("/training/learningRate").asDouble()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-6));
        err.getBuffer().setLength(0);
        assertThat(run("train", "--data", data.toString(), "--pipeline", "motion-raw", "--window-ms", "5000",
                "--out", dir.resolve("long").toString())).isNotZero();
        assertThat(err.toString().strip()).contains("between 500 and 2000 ms").doesNotContain("\n", "Exception");
        assertThat(dir.resolve("long")).doesNotExist();
    }

    @Test
    void predictGivesTheLabelAndScores() throws Exception {
        assertThat(run("predict", "--model", model.toString(), "--input", data.resolve("shake.004.csv").toString(), "--json")).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.path("label").asText()).isEqualTo("shake");
        assertThat(json.path("scores").size()).isEqualTo(4);
    }

    @Test
    void featuresGiveTheInt8TensorTheDeviceWouldFeed() throws Exception {
        assertThat(run("features", "--model", model.toString(), "--input", data.resolve("wave.001.csv").toString(), "--json")).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.path("shape").toString()).isEqualTo("[1,33]");
        assertThat(json.path("values")).hasSize(33);
        json.path("values").forEach(v -> assertThat(v.asInt()).isBetween(-128, 127));
    }

    @Test
    void reportShowsTheCostOnTheBoard() throws Exception {
        assertThat(run("report", "--model", model.toString(), "--json")).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.path("operators").toString()).contains("FULLY_CONNECTED", "SOFTMAX");
        assertThat(json.path("arenaBytes").asInt()).isPositive();
        assertThat(json.path("macs").asLong()).isEqualTo(33 * 20 + 20 * 10 + 10 * 4);
    }

    @Test
    void badInputIsOneClearLineAndExitCode2() throws Exception {
        assertThat(run("predict", "--model", dir.resolve("nothing").toString(), "--input", "x.csv")).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement().satisfies(l -> assertThat(l).contains("not a model folder"));

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "timestamp,accX,accY,accZ\n0,1,oops,3\n16,1,2,3\n");
        err.getBuffer().setLength(0);
        assertThat(run("predict", "--model", model.toString(), "--input", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.csv:2").contains("\"oops\" is not a number");

        Path few = dir.resolve("few");
        GestureGenerator.standard(1).writeDataset(few, 2);
        err.getBuffer().setLength(0);
        assertThat(run("train", "--data", few.toString(), "--pipeline", "motion-spectral", "--out", dir.resolve("m2").toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement()
                .satisfies(l -> assertThat(l).contains("has 2 samples. Record at least 3 of each."));

        err.getBuffer().setLength(0);
        assertThat(run("train", "--data", data.toString(), "--pipeline", "magic", "--out", dir.resolve("m3").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown pipeline 'magic'");
    }
}
