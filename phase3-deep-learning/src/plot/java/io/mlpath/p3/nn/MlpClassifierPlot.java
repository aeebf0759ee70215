package io.mlpath.p3.nn;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.knowm.xchart.XYChart;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Your MLP (64 hidden ReLU units, SGD with momentum, mini-batches of 32) learning Digits: the
 * mean training cross-entropy per epoch for two learning rates, with each model's accuracy on
 * 450 held-out images in the legend. A smooth fall means the backward pass and the updates
 * agree; a flat or rising curve points at a sign or a gradient mistake.
 */
@Challenge("p3.nn.mlp-training")
public final class MlpClassifierPlot implements Plot {

    private static final int EPOCHS = 20;

    @Override
    public void draw(Figures figures) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        ClassificationData digits = Datasets.digits();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < digits.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        int testSize = 450;
        double[][] trainX = new double[digits.size() - testSize][];
        int[] trainY = new int[trainX.length];
        double[][] testX = new double[testSize][];
        int[] testY = new int[testSize];
        for (int r = 0; r < order.size(); r++) {
            int i = order.get(r);
            double[] pixels = new double[digits.dimension()];
            for (int j = 0; j < pixels.length; j++) {
                pixels[j] = digits.features()[i][j] / 16;
            }
            if (r < testSize) {
                testX[r] = pixels;
                testY[r] = digits.labels()[i];
            } else {
                trainX[r - testSize] = pixels;
                trainY[r - testSize] = digits.labels()[i];
            }
        }
        XYChart chart = Charts.xy("MLP (64 hidden units) training loss on Digits", "epoch",
                "mean training cross-entropy (nats)");
        double[] epochs = new double[EPOCHS];
        for (int e = 0; e < EPOCHS; e++) {
            epochs[e] = e + 1;
        }
        for (double rate : new double[] {0.005, 0.05}) {
            MlpClassifier model = new MlpClassifier(64, EPOCHS, 32, rate, 7).fit(Nd4j.createFromArray(trainX), trainY);
            int[] predicted = model.predict(Nd4j.createFromArray(testX));
            int correct = 0;
            for (int i = 0; i < testY.length; i++) {
                correct += predicted[i] == testY[i] ? 1 : 0;
            }
            chart.addSeries(String.format("learning rate %s (held-out accuracy %.1f%%)", rate,
                    100.0 * correct / testY.length), epochs, model.lossHistory());
        }
        figures.save("digits-mlp-loss", chart);
    }
}
