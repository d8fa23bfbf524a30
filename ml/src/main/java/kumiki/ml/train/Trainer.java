package kumiki.ml.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kumiki.ml.model.FloatModel;
import kumiki.ml.model.Layer;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Trains a model with TensorFlow Java (the {@code Ops} API, no Keras): inputs are
 * normalised, weights start from a seeded Glorot initialisation, Adam minimises
 * the cross-entropy, and training stops early when the validation loss has not
 * improved for a while; the best weights are kept. The seed fixes the split, the starting weights and
 * the batch order. TensorFlow's CPU kernels still leave tiny run-to-run float differences (seen here
 * even on one thread), so two runs give models that predict alike, not bit-identical weights.
 */
public final class Trainer {
    private static final String INPUT = "input";
    private static final String LABELS = "labels";

    private Trainer() {
    }

    /**
     * @param x         features per example (flattened [time][channel] for conv models)
     * @param y         label index per example
     * @param cancelled checked after every batch, so Stop takes effect within one epoch
     */
    public static FloatModel train(int[] inputShape, float[][] x, int[] y, List<String> labels, TrainingOptions options,
                                   Consumer<EpochProgress> progress, BooleanSupplier cancelled) {
        int n = x.length;
        Random random = new Random(options.seed());

        // Hold back a seeded share for early stopping.
        int[] order = shuffled(n, random);
        int validation = Math.max(1, (int) Math.round(n * options.validationShare()));
        int[] valIdx = java.util.Arrays.copyOfRange(order, 0, validation);
        int[] trainIdx = java.util.Arrays.copyOfRange(order, validation, n);
        return train(inputShape, x, y, trainIdx, valIdx, labels, options, random, progress, cancelled);
    }

    /**
     * Trains on the rows {@code trainIdx} and stops early on the rows {@code valIdx}. The caller
     * chooses them when rows belong together (windows and augmented copies of one recording), so
     * that no copy of a validation recording is trained on.
     */
    public static FloatModel train(int[] inputShape, float[][] x, int[] y, int[] trainIdx, int[] valIdx,
                                   List<String> labels, TrainingOptions options,
                                   Consumer<EpochProgress> progress, BooleanSupplier cancelled) {
        return train(inputShape, x, y, trainIdx, valIdx, labels, options, new Random(options.seed()), progress, cancelled);
    }

    /** A model of the shape Kumiki would train for this input, with its seeded starting weights. */
    public static FloatModel untrained(int[] inputShape, List<String> labels, long seed) {
        int size = 1;
        for (int d : inputShape) {
            size *= d;
        }
        float[] one = new float[size];
        java.util.Arrays.fill(one, 1f);
        return new FloatModel(inputShape, new float[size], one, initialLayers(inputShape, labels.size(), new Random(seed)), labels);
    }

    private static FloatModel train(int[] inputShape, float[][] x, int[] y, int[] trainIdx, int[] valIdx,
                                    List<String> labels, TrainingOptions options, Random random,
                                    Consumer<EpochProgress> progress, BooleanSupplier cancelled) {
        int inputSize = x[0].length;
        float[] mean = new float[inputSize];
        float[] scale = new float[inputSize];
        for (int i = 0; i < inputSize; i++) {
            double s = 0;
            double s2 = 0;
            for (int e : trainIdx) {
                s += x[e][i];
                s2 += (double) x[e][i] * x[e][i];
            }
            double m = s / trainIdx.length;
            double sd = Math.sqrt(Math.max(s2 / trainIdx.length - m * m, 0));
            mean[i] = (float) m;
            scale[i] = (float) (1.0 / Math.max(sd, 1e-3));
        }
        FloatModel shape = new FloatModel(inputShape, mean, scale, initialLayers(inputShape, labels.size(), random), labels);

        // One thread: with more, TensorFlow (and oneDNN inside it) may sum floats in a different order
        // on each run, and the same seed must give the same model. These models train in about a second.
        // Grappler, TensorFlow's graph rewriter, is off too: its rewrites can differ from run to run.
        TensorFlowStart.prepareEnvironment();
        ConfigProto config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(1).setInterOpParallelismThreads(1)
                .setGraphOptions(org.tensorflow.proto.GraphOptions.newBuilder()
                        .setRewriteOptions(org.tensorflow.proto.RewriterConfig.newBuilder().setDisableMetaOptimizer(true)))
                .build();
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            long[] placeholderShape = new long[inputShape.length + 1];
            placeholderShape[0] = -1;
            for (int i = 0; i < inputShape.length; i++) {
                placeholderShape[i + 1] = inputShape[i];
            }
            Placeholder<TFloat32> input = tf.withName(INPUT).placeholder(TFloat32.class,
                    Placeholder.shape(Shape.of(placeholderShape)));
            Placeholder<TInt32> target = tf.withName(LABELS).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            List<Variable<TFloat32>> variables = new ArrayList<>();
            List<Op> assigns = new ArrayList<>();
            Operand<TFloat32> logits = build(tf, input, shape, variables, assigns);
            // The sparse cross-entropy op has no C++ gradient; the one-hot form does.
            Operand<TFloat32> oneHot = tf.oneHot(target, tf.constant(labels.size()), tf.constant(1f), tf.constant(0f));
            Operand<TFloat32> loss = tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss(),
                    tf.constant(0));
            Operand<TFloat32> probabilities = tf.nn.softmax(logits);

            // Our weights are assigned in a run of their own; only then is Adam added, whose slot
            // initializers read the weights' shapes. So nothing ever reads a weight that is not set yet.
            try (Session session = new Session(graph, false, config)) {
                Session.Runner assign = session.runner();
                assigns.forEach(assign::addTarget);
                // The first run of a session in this process is where TensorFlow prints its start-up lines.
                TensorFlowStart.quietFirstRun(() -> assign.run().close());
                Op minimize = minimizeAfterAllGradients(tf, variables, loss, options.learningRate());
                session.initialize();
                float bestLoss = Float.MAX_VALUE;
                List<float[][]> best = read(session, variables);
                int sinceBest = 0;
                for (int epoch = 1; epoch <= options.maxEpochs(); epoch++) {
                    int[] batchOrder = shuffled(trainIdx.length, random);
                    double lossSum = 0;
                    int correct = 0;
                    for (int start = 0; start < trainIdx.length; start += options.batchSize()) {
                        if (cancelled.getAsBoolean()) {
                            throw new TrainingCancelledException();
                        }
                        int end = Math.min(trainIdx.length, start + options.batchSize());
                        int[] batch = new int[end - start];
                        for (int i = 0; i < batch.length; i++) {
                            batch[i] = trainIdx[batchOrder[start + i]];
                        }
                        try (TFloat32 xs = tensor(x, batch, shape, inputShape);
                             TInt32 ys = labelsOf(y, batch);
                             Result r = session.runner().feed(input, xs).feed(target, ys)
                                     .addTarget(minimize).fetch(loss).fetch(probabilities).run()) {
                            lossSum += ((TFloat32) r.get(0)).getFloat() * batch.length;
                            correct += correctCount((TFloat32) r.get(1), y, batch);
                        }
                    }
                    float valLoss;
                    int valCorrect;
                    try (TFloat32 xs = tensor(x, valIdx, shape, inputShape);
                         TInt32 ys = labelsOf(y, valIdx);
                         Result r = session.runner().feed(input, xs).feed(target, ys).fetch(loss).fetch(probabilities).run()) {
                        valLoss = ((TFloat32) r.get(0)).getFloat();
                        valCorrect = correctCount((TFloat32) r.get(1), y, valIdx);
                    }
                    boolean improved = valLoss < bestLoss - 1e-4f;
                    if (improved) {
                        bestLoss = valLoss;
                        best = read(session, variables);
                        sinceBest = 0;
                    } else {
                        sinceBest++;
                    }
                    progress.accept(new EpochProgress(epoch, options.maxEpochs(), (float) (lossSum / trainIdx.length),
                            correct / (float) trainIdx.length, valLoss, valCorrect / (float) valIdx.length, improved));
                    if (sinceBest >= options.patience()) {
                        break;
                    }
                }
                return new FloatModel(inputShape, mean, scale, withWeights(shape.layers(), best), labels);
            }
        }
    }

    /**
     * One Adam step, written out so that it is repeatable. TF Java's {@code Adam} advances its
     * bias-correction powers (beta1^t, beta2^t) in ops that run beside the weight updates, with nothing
     * ordering them: each weight update may read the old or the new power, so two runs of one seed
     * drifted apart. Here every gradient is computed first, every weight is updated with the powers as
     * they were, and only then do the powers advance.
     */
    private static Op minimizeAfterAllGradients(Ops tf, List<Variable<TFloat32>> variables, Operand<TFloat32> loss,
                                                float learningRate) {
        org.tensorflow.op.core.Gradients gradients = tf.gradients(loss, variables);
        List<Op> all = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            all.add(tf.identity(gradients.dy(i)));
        }
        Ops afterGradients = tf.withControlDependencies(all);
        Variable<TFloat32> beta1Power = tf.withName("kumiki_beta1_power").variable(tf.constant(ADAM_BETA1));
        Variable<TFloat32> beta2Power = tf.withName("kumiki_beta2_power").variable(tf.constant(ADAM_BETA2));
        Operand<TFloat32> beta1Now = afterGradients.identity(beta1Power);
        Operand<TFloat32> beta2Now = afterGradients.identity(beta2Power);
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            Variable<TFloat32> variable = variables.get(i);
            Variable<TFloat32> m = tf.variable(tf.zerosLike(variable));
            Variable<TFloat32> v = tf.variable(tf.zerosLike(variable));
            updates.add(afterGradients.train.applyAdam(variable, m, v, beta1Now, beta2Now, tf.constant(learningRate),
                    tf.constant(ADAM_BETA1), tf.constant(ADAM_BETA2), tf.constant(ADAM_EPSILON),
                    afterGradients.identity(gradients.<TFloat32>dy(i))));
        }
        Ops afterUpdates = tf.withControlDependencies(updates);
        Op advance1 = afterUpdates.assign(beta1Power, afterUpdates.math.mul(beta1Power, afterUpdates.constant(ADAM_BETA1)));
        Op advance2 = afterUpdates.assign(beta2Power, afterUpdates.math.mul(beta2Power, afterUpdates.constant(ADAM_BETA2)));
        return tf.withControlDependencies(List.of(advance1, advance2)).withName("train").noOp();
    }

    /** Adam's usual constants (Kingma and Ba), the same as TF Java's Adam defaults. */
    private static final float ADAM_BETA1 = 0.9f;
    private static final float ADAM_BETA2 = 0.999f;
    private static final float ADAM_EPSILON = 1e-8f;

    static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Glorot-uniform weights from the seed, zero biases. */
    static List<Layer> initialLayers(int[] inputShape, int classes, Random random) {
        List<Layer> layers = new ArrayList<>();
        if (Architecture.forInput(inputShape) == Architecture.DENSE) {
            int in = inputShape[0];
            for (int units : new int[] {20, 10}) {
                layers.add(new Layer.Dense(glorot(random, in, units), new float[units], true));
                in = units;
            }
            layers.add(new Layer.Dense(glorot(random, in, classes), new float[classes], false));
        } else {
            int time = inputShape[0];
            int channels = inputShape[1];
            int[][] convs = {{5, 8}, {3, 16}};
            for (int[] c : convs) {
                float[][][] w = new float[c[0]][channels][c[1]];
                double limit = Math.sqrt(6.0 / (c[0] * channels + c[0] * c[1]));
                for (float[][] a : w) {
                    for (float[] b : a) {
                        for (int o = 0; o < b.length; o++) {
                            b[o] = (float) ((random.nextDouble() * 2 - 1) * limit);
                        }
                    }
                }
                layers.add(new Layer.Conv(w, new float[c[1]], true));
                layers.add(new Layer.MaxPool(2));
                time = (time - c[0] + 1) / 2;
                channels = c[1];
            }
            layers.add(new Layer.Dense(glorot(random, time * channels, classes), new float[classes], false));
        }
        return layers;
    }

    private static float[][] glorot(Random random, int in, int out) {
        double limit = Math.sqrt(6.0 / (in + out));
        float[][] w = new float[in][out];
        for (float[] row : w) {
            for (int o = 0; o < out; o++) {
                row[o] = (float) ((random.nextDouble() * 2 - 1) * limit);
            }
        }
        return w;
    }

    /** The graph for the layers; conv layers run as CONV_2D over a height of 1, as on the device. */
    private static Operand<TFloat32> build(Ops tf, Operand<TFloat32> input, FloatModel model,
                                           List<Variable<TFloat32>> variables, List<Op> assigns) {
        Operand<TFloat32> h = input;
        boolean spatial = model.inputShape().length == 2;
        if (spatial) {
            h = tf.reshape(h, tf.array(-1, 1, model.inputShape()[0], model.inputShape()[1]));
        }
        for (Layer layer : model.layers()) {
            if (layer instanceof Layer.Dense d) {
                if (spatial) {
                    h = tf.reshape(h, tf.array(-1, d.weights().length));
                    spatial = false;
                }
                Variable<TFloat32> w = weight(tf, tf.constant(d.weights()), assigns);
                Variable<TFloat32> b = weight(tf, tf.constant(d.bias()), assigns);
                variables.add(w);
                variables.add(b);
                h = tf.math.add(tf.linalg.matMul(h, w), b);
                if (d.relu()) {
                    h = tf.nn.relu(h);
                }
            } else if (layer instanceof Layer.Conv c) {
                float[][][][] filter = new float[1][][][];
                filter[0] = c.weights();
                Variable<TFloat32> w = weight(tf, tf.constant(filter), assigns);
                Variable<TFloat32> b = weight(tf, tf.constant(c.bias()), assigns);
                variables.add(w);
                variables.add(b);
                h = tf.nn.biasAdd(tf.nn.conv2d(h, w, List.of(1L, 1L, 1L, 1L), "VALID"), b);
                if (c.relu()) {
                    h = tf.nn.relu(h);
                }
            } else if (layer instanceof Layer.MaxPool p) {
                h = tf.nn.maxPool(h, tf.array(1, 1, p.size(), 1), tf.array(1, 1, p.size(), 1), "VALID");
            }
        }
        return h;
    }

    /** A variable with no graph initializer; its assignment is added to {@code assigns} to run first. */
    private static Variable<TFloat32> weight(Ops tf, Operand<TFloat32> value, List<Op> assigns) {
        Variable<TFloat32> v = tf.variable(value.shape(), TFloat32.class);
        assigns.add(tf.assign(v, value));
        return v;
    }

    /** Current values of all variables, each flattened to [rows][cols] for copying back. */
    private static List<float[][]> read(Session session, List<Variable<TFloat32>> variables) {
        List<float[][]> values = new ArrayList<>();
        Session.Runner runner = session.runner();
        for (Variable<TFloat32> v : variables) {
            runner.fetch(v);
        }
        try (Result r = runner.run()) {
            for (int i = 0; i < variables.size(); i++) {
                TFloat32 t = (TFloat32) r.get(i);
                float[] flat = new float[(int) t.shape().size()];
                t.copyTo(DataBuffers.of(flat, false, false));
                values.add(new float[][] {flat});
            }
        }
        return values;
    }

    private static List<Layer> withWeights(List<Layer> layers, List<float[][]> values) {
        List<Layer> out = new ArrayList<>();
        int v = 0;
        for (Layer layer : layers) {
            if (layer instanceof Layer.Dense d) {
                float[] w = values.get(v++)[0];
                float[] b = values.get(v++)[0];
                int in = d.weights().length;
                int units = d.bias().length;
                float[][] weights = new float[in][units];
                for (int i = 0; i < in; i++) {
                    System.arraycopy(w, i * units, weights[i], 0, units);
                }
                out.add(new Layer.Dense(weights, b, d.relu()));
            } else if (layer instanceof Layer.Conv c) {
                float[] w = values.get(v++)[0];
                float[] b = values.get(v++)[0];
                int k = c.kernel();
                int in = c.weights()[0].length;
                int o = c.outChannels();
                float[][][] weights = new float[k][in][o];
                for (int a = 0; a < k; a++) {
                    for (int i = 0; i < in; i++) {
                        System.arraycopy(w, (a * in + i) * o, weights[a][i], 0, o);
                    }
                }
                out.add(new Layer.Conv(weights, b, c.relu()));
            } else {
                out.add(layer);
            }
        }
        return out;
    }

    private static TFloat32 tensor(float[][] x, int[] rows, FloatModel model, int[] inputShape) {
        int size = x[0].length;
        float[] flat = new float[rows.length * size];
        for (int r = 0; r < rows.length; r++) {
            float[] norm = model.normalize(x[rows[r]]);
            System.arraycopy(norm, 0, flat, r * size, size);
        }
        long[] dims = new long[inputShape.length + 1];
        dims[0] = rows.length;
        for (int i = 0; i < inputShape.length; i++) {
            dims[i + 1] = inputShape[i];
        }
        return TFloat32.tensorOf(Shape.of(dims), DataBuffers.of(flat, true, false));
    }

    private static TInt32 labelsOf(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return TInt32.vectorOf(out);
    }

    private static int correctCount(TFloat32 probabilities, int[] y, int[] rows) {
        float[][] p = StdArrays.array2dCopyOf(probabilities);
        int correct = 0;
        for (int i = 0; i < rows.length; i++) {
            if (FloatModel.argmax(p[i]) == y[rows[i]]) {
                correct++;
            }
        }
        return correct;
    }
}
