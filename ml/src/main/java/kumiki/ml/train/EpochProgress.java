package kumiki.ml.train;

/** One finished epoch, as shown in the training wizard and on the terminal. */
public record EpochProgress(int epoch, int maxEpochs, float loss, float accuracy, float validationLoss,
                            float validationAccuracy, boolean best) {
}
