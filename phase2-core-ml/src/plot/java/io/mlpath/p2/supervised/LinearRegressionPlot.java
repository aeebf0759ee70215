package io.mlpath.p2.supervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.datasets.RegressionData;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Your least squares and ridge regression on Diabetes. First, held-out patients' predicted against
 * actual progression: a perfect model puts every point on the line {@code y = x}, and the vertical
 * spread around it is what the ten baseline variables cannot explain. Second, ridge's coefficient
 * paths on standardised features: as {@code α} grows every coefficient shrinks towards 0, and for
 * small {@code α} they approach the least-squares coefficients.
 */
@Challenge("p2.supervised.linear-regression")
public final class LinearRegressionPlot implements Plot {

    private static final int ALPHAS = 50;

    @Override
    public void draw(Figures figures) {
        RegressionData diabetes = Datasets.diabetes();
        predictedAgainstActual(figures, diabetes);
        ridgePaths(figures, diabetes);
    }

    private static void predictedAgainstActual(Figures figures, RegressionData diabetes) {
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
        LinearRegression model = new LinearRegression().fit(trainX, trainY);
        double[] predicted = model.predict(testX);

        String title = String.format(Locale.ROOT, "Least squares on Diabetes: %d held-out patients (R² = %.2f)",
                testY.length, LinearRegression.r2(testY, predicted));
        XYChart chart = Charts.xy(title, "actual progression after one year", "predicted progression after one year");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        double lo = Math.min(Arrays.stream(testY).min().orElseThrow(), Arrays.stream(predicted).min().orElseThrow());
        double hi = Math.max(Arrays.stream(testY).max().orElseThrow(), Arrays.stream(predicted).max().orElseThrow());
        chart.addSeries("held-out patients", testY, predicted)
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.addSeries("perfect prediction (y = x)", new double[] {lo, hi}, new double[] {lo, hi})
                .setMarker(SeriesMarkers.NONE).setLineColor(Charts.color(7));
        figures.save("diabetes-predicted-vs-actual", chart);
    }

    private static void ridgePaths(Figures figures, RegressionData diabetes) {
        double[][] x = standardised(diabetes.features());
        int d = x[0].length;
        double[] alphas = new double[ALPHAS];
        double[][] paths = new double[d][ALPHAS];
        for (int a = 0; a < ALPHAS; a++) {
            alphas[a] = Math.pow(10, -2 + 7.0 * a / (ALPHAS - 1));
            double[] w = new RidgeRegression(alphas[a]).fit(x, diabetes.targets()).coefficients();
            for (int j = 0; j < d; j++) {
                paths[j][a] = w[j];
            }
        }
        XYChart chart = Charts.xy("Ridge coefficient paths on Diabetes (standardised features)",
                "penalty weight α (log scale)", "coefficient (progression per standard deviation)");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int j = 0; j < d; j++) {
            XYSeries path = chart.addSeries(diabetes.featureNames().get(j), alphas, paths[j]);
            if (j >= 8) {
                path.setLineStyle(SeriesLines.DASH_DASH);
            }
        }
        figures.save("diabetes-ridge-paths", chart);
    }

    /** Every column of {@code features} as z-scores. */
    private static double[][] standardised(double[][] features) {
        int n = features.length;
        int d = features[0].length;
        double[][] x = new double[n][d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : features) {
                mean += row[j] / n;
            }
            double variance = 0;
            for (double[] row : features) {
                variance += (row[j] - mean) * (row[j] - mean) / n;
            }
            for (int i = 0; i < n; i++) {
                x[i][j] = (features[i][j] - mean) / Math.sqrt(variance);
            }
        }
        return x;
    }
}
