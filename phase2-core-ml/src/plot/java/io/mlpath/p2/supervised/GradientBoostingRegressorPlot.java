package io.mlpath.p2.supervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.datasets.RegressionData;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.knowm.xchart.XYChart;

/**
 * Your gradient boosting on Diabetes: the training error falls with every stage, while the error
 * on held-out patients levels off and, with a large learning rate, rises again: the stage count
 * is a regularisation knob, best chosen on held-out data.
 */
@Challenge("p2.supervised.gradient-boosting")
public final class GradientBoostingRegressorPlot implements Plot {

    private static final int STAGES = 150;

    @Override
    public void draw(Figures figures) {
        RegressionData diabetes = Datasets.diabetes();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < diabetes.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        int trainSize = diabetes.size() * 3 / 4;
        double[][] trainX = new double[trainSize][];
        double[] trainY = new double[trainSize];
        double[][] testX = new double[diabetes.size() - trainSize][];
        double[] testY = new double[testX.length];
        for (int r = 0; r < order.size(); r++) {
            int i = order.get(r);
            if (r < trainSize) {
                trainX[r] = diabetes.features()[i];
                trainY[r] = diabetes.targets()[i];
            } else {
                testX[r - trainSize] = diabetes.features()[i];
                testY[r - trainSize] = diabetes.targets()[i];
            }
        }
        XYChart chart = Charts.xy("Gradient boosting (depth-2 trees) on Diabetes: error by stage",
                "stage (number of trees)", "mean squared error (progression units²)");
        chart.getStyler().setMarkerSize(0);
        double[] stages = new double[STAGES + 1];
        for (int m = 0; m <= STAGES; m++) {
            stages[m] = m;
        }
        for (double rate : new double[] {0.05, 0.5}) {
            GradientBoostingRegressor model = new GradientBoostingRegressor(STAGES, rate, 2, 5).fit(trainX, trainY);
            double[][] staged = model.stagedPredict(testX);
            double[] testLoss = new double[STAGES + 1];
            for (int m = 0; m <= STAGES; m++) {
                for (int i = 0; i < testY.length; i++) {
                    testLoss[m] += (staged[m][i] - testY[i]) * (staged[m][i] - testY[i]) / testY.length;
                }
            }
            chart.addSeries("training, learning rate " + rate, stages, model.trainLoss());
            chart.addSeries("held out, learning rate " + rate, stages, testLoss);
        }
        figures.save("diabetes-boosting-loss", chart);
    }
}
