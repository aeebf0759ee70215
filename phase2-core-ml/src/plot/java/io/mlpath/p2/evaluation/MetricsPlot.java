package io.mlpath.p2.evaluation;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.awt.Color;
import java.util.Arrays;
import org.knowm.xchart.XYChart;

/**
 * ROC curves computed with your confusion matrix: three Breast Cancer measurements, each used
 * alone as a malignancy score. Every threshold gives one point (false-positive rate, true-positive
 * rate) from {@code confusionMatrix}; the legend shows your {@code rocAuc}, which must equal the
 * area under the curve drawn. The diagonal is a score that knows nothing.
 */
@Challenge("p2.evaluation.metrics")
public final class MetricsPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData cancer = Datasets.breastCancer();
        int[] malignant = new int[cancer.size()];
        for (int i = 0; i < malignant.length; i++) {
            malignant[i] = cancer.labels()[i] == 0 ? 1 : 0;
        }
        XYChart chart = Charts.xy("ROC curves of single Breast Cancer features as malignancy scores",
                "false-positive rate (benign flagged, fraction)", "true-positive rate (malignant caught, fraction)");
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        for (String feature : new String[] {"worst perimeter", "mean concavity", "mean texture"}) {
            double[] scores = new double[cancer.size()];
            int column = cancer.featureNames().indexOf(feature);
            for (int i = 0; i < scores.length; i++) {
                scores[i] = cancer.features()[i][column];
            }
            double[] thresholds = Arrays.stream(scores).distinct().sorted().toArray();
            double[] fpr = new double[thresholds.length + 1];
            double[] tpr = new double[thresholds.length + 1];
            for (int t = 0; t < thresholds.length; t++) {
                int[] predicted = new int[scores.length];
                for (int i = 0; i < scores.length; i++) {
                    predicted[i] = scores[i] >= thresholds[thresholds.length - 1 - t] ? 1 : 0;
                }
                int[][] counts = Metrics.confusionMatrix(malignant, predicted, 2);
                fpr[t + 1] = counts[0][1] / (double) (counts[0][0] + counts[0][1]);
                tpr[t + 1] = counts[1][1] / (double) (counts[1][0] + counts[1][1]);
            }
            chart.addSeries(String.format("%s (AUC %.3f)", feature, Metrics.rocAuc(malignant, scores)), fpr, tpr);
        }
        chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1}).setLineColor(Color.GRAY);
        figures.save("breast-cancer-roc", chart);
    }
}
