package io.mlpath.p2.evaluation;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.knowm.xchart.XYChart;

/**
 * Your bias–variance decomposition of least-squares polynomials of degree 0 to 8 fitted to
 * 30 noisy samples of {@code sin(πx)}: bias² falls as the degree grows, variance rises, noise σ²
 * stays put, and their sum (the expected test error) is U-shaped, lowest at a middle degree.
 */
@Challenge("p2.evaluation.bias-variance")
public final class BiasVariancePlot implements Plot {

    private static final int MAX_DEGREE = 8;

    @Override
    public void draw(Figures figures) {
        BiasVariance.DataProcess process = new BiasVariance.DataProcess(x -> Math.sin(Math.PI * x), 0.5, -1, 1);
        double[] testX = new double[50];
        for (int j = 0; j < testX.length; j++) {
            testX[j] = -0.9 + 1.8 * j / (testX.length - 1);
        }
        double[] degrees = new double[MAX_DEGREE + 1];
        double[] bias2 = new double[MAX_DEGREE + 1];
        double[] variance = new double[MAX_DEGREE + 1];
        double[] noise = new double[MAX_DEGREE + 1];
        double[] mse = new double[MAX_DEGREE + 1];
        for (int d = 0; d <= MAX_DEGREE; d++) {
            BiasVariance.Decomposition parts = BiasVariance.decompose(polynomial(d), process, 30, testX, 500, 42);
            degrees[d] = d;
            bias2[d] = parts.bias2();
            variance[d] = parts.variance();
            noise[d] = parts.noise();
            mse[d] = parts.expectedMse();
        }
        XYChart chart = Charts.xy("Bias² and variance of polynomial fits to sin(πx) + N(0, 0.5²), 30 points",
                "polynomial degree (model complexity)", "squared error (log scale)");
        chart.getStyler().setYAxisLogarithmic(true);
        chart.addSeries("bias²", degrees, bias2);
        chart.addSeries("variance", degrees, variance);
        chart.addSeries("noise σ²", degrees, noise);
        chart.addSeries("expected test MSE", degrees, mse);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideN);
        figures.save("polynomial-bias-variance", chart);
    }

    /** Least squares on {@code 1, x, …, x^degree}, solved by QR. */
    private static BiasVariance.Learner polynomial(int degree) {
        return (x, y) -> {
            Array2DRowRealMatrix design = new Array2DRowRealMatrix(x.length, degree + 1);
            for (int i = 0; i < x.length; i++) {
                for (int p = 0; p <= degree; p++) {
                    design.setEntry(i, p, Math.pow(x[i], p));
                }
            }
            RealVector w = new QRDecomposition(design).getSolver().solve(new ArrayRealVector(y));
            return t -> {
                double sum = 0;
                for (int p = degree; p >= 0; p--) {
                    sum = sum * t + w.getEntry(p);
                }
                return sum;
            };
        };
    }
}
