package io.mlpath.p1.stats;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Your samplers against your densities: histograms (as densities) of 20,000 draws from
 * {@code sampleNormal} and {@code sampleExponential}, with {@code normalPdf} and
 * {@code exponentialPdf} drawn over them. Bars that follow the curve mean the inverse-CDF and
 * Box–Muller transforms are right; a shifted or squashed histogram points at a wrong rate or scale.
 */
@Challenge("p1.stats.distributions")
public final class DistributionsPlot implements Plot {

    private static final int SAMPLES = 20_000;
    private static final int BINS = 60;

    @Override
    public void draw(Figures figures) {
        double[] normal = Distributions.sampleNormal(new Random(42), SAMPLES, 2, 1.5);
        double[] exponential = Distributions.sampleExponential(new Random(43), SAMPLES, 0.5);
        XYChart normalChart = histogram("20,000 draws of N(2, 1.5²) against the normal density", "x", normal,
                -4, 8, x -> Distributions.normalPdf(x, 2, 1.5));
        XYChart exponentialChart = histogram("20,000 draws of Exp(rate 0.5) against the exponential density", "x",
                exponential, 0, 12, x -> Distributions.exponentialPdf(x, 0.5));
        figures.save("normal-samples", normalChart);
        figures.save("exponential-samples", exponentialChart);
    }

    private static XYChart histogram(String title, String xName, double[] samples, double low, double high,
                                     DoubleUnaryOperator density) {
        double width = (high - low) / BINS;
        double[] counts = new double[BINS];
        for (double s : samples) {
            int bin = (int) Math.floor((s - low) / width);
            if (bin >= 0 && bin < BINS) {
                counts[bin]++;
            }
        }
        double[] xs = new double[2 * BINS];
        double[] heights = new double[2 * BINS];
        for (int b = 0; b < BINS; b++) {
            xs[2 * b] = low + b * width;
            xs[2 * b + 1] = low + (b + 1) * width;
            heights[2 * b] = counts[b] / (samples.length * width);
            heights[2 * b + 1] = heights[2 * b];
        }
        double[] grid = new double[301];
        double[] curve = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = low + (high - low) * i / (grid.length - 1);
            curve[i] = density.applyAsDouble(grid[i]);
        }
        XYChart chart = Charts.xy(title, xName, "probability density (per unit of x)");
        chart.getStyler().setMarkerSize(0);
        XYSeries bars = chart.addSeries("histogram of samples", xs, heights);
        bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        bars.setFillColor(Charts.pale(0));
        bars.setLineColor(Charts.color(0));
        chart.addSeries("density", grid, curve).setLineWidth(3f);
        return chart;
    }
}
