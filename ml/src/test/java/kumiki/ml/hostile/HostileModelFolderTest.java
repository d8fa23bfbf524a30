package kumiki.ml.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import kumiki.ml.ModelFileException;
import kumiki.ml.ModelPackage;
import kumiki.ml.quant.QuantizedModel;
import kumiki.ml.synth.GestureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real model folder, then damaged: patched shapes, cut files, wrong labels, a model.json of the
 * wrong shape. Every damage is one {@link ModelFileException} naming the file, in both languages;
 * nothing else escapes, and nothing allocates what the file claims.
 */
@Timeout(300)
class HostileModelFolderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path good;
    static byte[] tflite;
    static String json;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        Path data = shared.resolve("data");
        GestureGenerator.standard(3).writeDataset(data, 10);
        good = shared.resolve("model");
        ModelPackage.train(data, "motion-spectral", good, 5, 1, e -> { }, () -> false);
        tflite = Files.readAllBytes(good.resolve("model.tflite"));
        json = Files.readString(good.resolve("model.json"));
    }

    private Path folder(byte[] tfliteBytes, String jsonText) throws Exception {
        Files.write(dir.resolve("model.tflite"), tfliteBytes);
        Files.writeString(dir.resolve("model.json"), jsonText);
        return dir;
    }

    private Path withJson(Consumer<ObjectNode> change) throws Exception {
        ObjectNode n = (ObjectNode) JSON.readTree(json);
        change.accept(n);
        return folder(tflite, n.toString());
    }

    private static void assertRefused(Path folder, String key) {
        assertThatThrownBy(() -> ModelPackage.load(folder))
                .isInstanceOfSatisfying(ModelFileException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    String en = e.message(Locale.ENGLISH);
                    assertThat(en).doesNotContain("\n", "Exception", "null");
                    assertThat(en).contains(folder.getFileName().toString());
                    assertThat(e.message(Locale.JAPANESE)).isNotEqualTo(en);
                });
    }

    /** Offsets of the shape vector of every tensor: the rank as int32, then the dimensions. */
    private static int shapeVector(byte[] file, int[] shape) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        outer:
        for (int at = 0; at + 4 * (shape.length + 1) <= file.length; at += 4) {
            if (b.getInt(at) != shape.length) {
                continue;
            }
            for (int d = 0; d < shape.length; d++) {
                if (b.getInt(at + 4 + 4 * d) != shape[d]) {
                    continue outer;
                }
            }
            return at;
        }
        throw new AssertionError("shape not found");
    }

    private static QuantizedModel.Tensor weights() throws Exception {
        return ModelPackage.load(good).quantized().tensors().stream()
                .filter(t -> t.data() != null && t.shape().length == 2).findFirst().orElseThrow();
    }

    @Test
    void theGoodFolderLoadsAndPredicts() throws Exception {
        ModelPackage m = ModelPackage.load(folder(tflite, json));
        assertThat(m.labels()).containsExactly("circle", "idle", "shake", "wave");
    }

    @Test
    void aShapeVectorLengthPatchedToTwoToThe31IsRefused() throws Exception {
        byte[] patched = tflite.clone();
        int at = shapeVector(patched, weights().shape());
        ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN).putInt(at, Integer.MAX_VALUE);
        assertRefused(folder(patched, json), "tflite.damaged");
    }

    @Test
    void aWeightDimensionPatchedToTwoToThe31IsRefused() throws Exception {
        byte[] patched = tflite.clone();
        int at = shapeVector(patched, weights().shape());
        ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 4, Integer.MAX_VALUE);
        assertRefused(folder(patched, json), "tflite.badShape");
    }

    @Test
    void negativeAndZeroDimensionsAreRefused() throws Exception {
        for (int bad : new int[] {0, -1, -7}) {
            byte[] patched = tflite.clone();
            int at = shapeVector(patched, weights().shape());
            ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 8, bad);
            assertRefused(folder(patched, json), "tflite.badShape");
        }
    }

    @Test
    void aTruncatedModelSaysSoInsteadOfNull() throws Exception {
        for (int length : new int[] {tflite.length / 2, 100, 9}) {
            byte[] cut = java.util.Arrays.copyOf(tflite, length);
            assertRefused(folder(cut, json), "tflite.damaged");
        }
        assertRefused(folder(new byte[3], json), "tflite.notTflite");
    }

    @Test
    void moreOrFewerLabelsThanScoresAreRefused() throws Exception {
        assertRefused(withJson(n -> n.withArray("labels").add("jump")), "tflite.labelCount");
        assertRefused(withJson(n -> n.withArray("labels").remove(3)), "tflite.labelCount");
    }

    @Test
    void zeroOrOneLabelOrBadLabelsAreRefused() throws Exception {
        assertRefused(withJson(n -> n.putArray("labels")), "model.badLabels");
        assertRefused(withJson(n -> n.putArray("labels").add("wave")), "model.badLabels");
        assertRefused(withJson(n -> n.putArray("labels").add("a").add("A").add("b").add("c")), "model.badLabels");
        assertRefused(withJson(n -> n.putArray("labels").add("a\u001b[2J").add("b").add("c").add("d")), "model.badLabels");
        assertRefused(withJson(n -> n.remove("labels")), "model.badLabels");
    }

    @Test
    void aMissingOrUnknownPipelineIsNamed() throws Exception {
        assertRefused(withJson(n -> n.remove("pipeline")), "model.unknownPipeline");
        assertRefused(withJson(n -> ((ObjectNode) n.get("pipeline")).put("name", "")), "model.unknownPipeline");
        assertRefused(withJson(n -> ((ObjectNode) n.get("pipeline")).put("version", 99)), "model.pipelineDiffers");
    }

    /** The expert drawer may shorten the window; a file cannot stretch it past what the board's buffer holds. */
    @Test
    void aWindowOrStrideOutsideWhatTheWizardOffersIsRefused() throws Exception {
        assertRefused(withJson(n -> ((ObjectNode) n.get("pipeline").get("parameters")).put("windowMs", 60000)),
                "model.pipelineDiffers");
        assertRefused(withJson(n -> ((ObjectNode) n.get("pipeline").get("parameters")).put("windowMs", 1)),
                "model.pipelineDiffers");
        assertRefused(withJson(n -> ((ObjectNode) n.get("pipeline").get("parameters")).put("windowStrideMs", 0)),
                "model.pipelineDiffers");
        assertRefused(withJson(n -> ((ObjectNode) n.get("pipeline").get("parameters")).put("windowStrideMs", 5000)),
                "model.pipelineDiffers");
        // A shorter window with the same features: the normalization and model still fit, so only the
        // window's own check can refuse a stride longer than the window.
        assertRefused(withJson(n -> ((ObjectNode) n.get("pipeline").get("parameters")).put("windowMs", 1000)
                .put("windowStrideMs", 1500)), "model.pipelineDiffers");
    }

    @Test
    void aWrongNormalizationIsRefused() throws Exception {
        assertRefused(withJson(n -> n.remove("normalization")), "model.badJson");
        assertRefused(withJson(n -> ((ObjectNode) n.get("normalization")).withArray("mean").remove(0)), "model.badJson");
        assertRefused(withJson(n -> ((ObjectNode) n.get("normalization")).withArray("scale").set(0,
                JSON.getNodeFactory().textNode("x"))), "model.badJson");
        assertRefused(withJson(n -> ((ObjectNode) n.get("normalization")).withArray("scale").set(0,
                JSON.getNodeFactory().numberNode(1e300))), "model.badJson");
    }

    @Test
    void aDamagedOrWrongShapedModelJsonIsOneLine() throws Exception {
        assertRefused(folder(tflite, json.substring(0, json.length() / 2)), "model.jsonDamaged");
        assertRefused(folder(tflite, "[1,2]"), "model.badJson");
        assertRefused(folder(tflite, "{\"format\": 1.5}"), "model.badJson");
        assertRefused(folder(tflite, "{\"format\": -5}"), "model.badJson");
        assertRefused(withJson(n -> n.put("format", 1L << 40)), "model.badJson");
        assertRefused(withJson(n -> n.put("format", 2)), "model.newer");
        assertRefused(folder(tflite, "[".repeat(100_000)), "model.jsonDamaged");
    }

    @Test
    void aFolderWithoutTheFilesIsNamed() throws Exception {
        assertRefused(dir, "model.notFolder");
    }

    /**
     * Seeded fuzz: 3,000 damaged copies (bytes flipped, runs overwritten, cuts) of the real files.
     * Each loads and predicts, or is refused as a ModelFileException; no other exception, no hang.
     */
    @Test
    void fuzzedModelFoldersAreRefusedOrWork() throws Exception {
        Random r = new Random(20261201);
        var sample = new GestureGenerator(9, 1, 62.5, 2, 0.02).sample("wave", 0);
        byte[] jsonBytes = json.getBytes(StandardCharsets.UTF_8);
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            boolean damageJson = i % 4 == 0;
            byte[] t = damageJson ? tflite : mutate(tflite, r);
            byte[] j = damageJson ? mutate(jsonBytes, r) : jsonBytes;
            Files.write(dir.resolve("model.tflite"), t);
            Files.write(dir.resolve("model.json"), j);
            try {
                ModelPackage m = ModelPackage.load(dir);
                float[] p = m.predict(sample);
                assertThat(p).hasSize(m.labels().size());
            } catch (ModelFileException e) {
                refused++;
                assertThat(e.message(Locale.ENGLISH)).doesNotContain("\n");
            } catch (RuntimeException | OutOfMemoryError e) {
                fail("mutation " + i + " escaped as " + e, e);
            }
        }
        assertThat(refused).isGreaterThan(500);
    }

    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        switch (r.nextInt(4)) {
            case 0 -> {
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> {
                int at = r.nextInt(b.length - 4) & ~3;
                int[] specials = {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7F7FFFFF, 1 << 20};
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, specials[r.nextInt(specials.length)]);
            }
            case 2 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            default -> {
                int at = r.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + r.nextInt(64));
                for (int k = 0; k < len; k++) {
                    b[at + k] = (byte) r.nextInt(256);
                }
            }
        }
        return b;
    }
}
