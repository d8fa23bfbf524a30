package kumiki.ml.train;

/**
 * @param maxEpochs     training stops here at the latest
 * @param patience      ... or after this many epochs without a better validation loss (early stopping)
 * @param validationShare part of the training samples held back to decide when to stop
 */
public record TrainingOptions(int maxEpochs, int batchSize, float learningRate, long seed, int patience,
                              double validationShare) {
    public static TrainingOptions defaults(long seed) {
        return new TrainingOptions(80, 16, 0.005f, seed, 10, 0.15);
    }

    public TrainingOptions withMaxEpochs(int epochs) {
        return new TrainingOptions(epochs, batchSize, learningRate, seed, patience, validationShare);
    }

    public TrainingOptions withLearningRate(float rate) {
        return new TrainingOptions(maxEpochs, batchSize, rate, seed, patience, validationShare);
    }
}
