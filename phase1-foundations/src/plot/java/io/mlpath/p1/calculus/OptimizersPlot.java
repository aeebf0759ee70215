package io.mlpath.p1.calculus;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import io.mlpath.p1.calculus.Optimizers.AdamState;
import io.mlpath.p1.calculus.Optimizers.MomentumState;
import io.mlpath.p1.calculus.Optimizers.RmsPropState;
import java.awt.Color;
import java.util.function.UnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Your optimisers on the Rosenbrock valley {@code f(x, y) = (1 − x)² + 100 (y − x²)²}, all from
 * {@code (−1.5, 2)}: the loss per step on a log scale, and the paths in the plane towards the
 * minimum at {@code (1, 1)}. Plain gradient descent crawls along the curved valley floor,
 * momentum picks up speed along it, and RMSProp and Adam rescale each coordinate.
 */
@Challenge("p1.calculus.optimizers")
public final class OptimizersPlot implements Plot {

    private static final int STEPS = 2000;
    private static final double[] START = {-1.5, 2};

    @Override
    public void draw(Figures figures) {
        MomentumState plain = new MomentumState(2);
        MomentumState momentum = new MomentumState(2);
        RmsPropState rmsProp = new RmsPropState(2);
        AdamState adam = new AdamState(2);
        double[][] gd = run(x -> Optimizers.momentumStep(x, gradient(x), plain, 1e-3, 0));
        double[][] heavyBall = run(x -> Optimizers.momentumStep(x, gradient(x), momentum, 1e-3, 0.9));
        double[][] rms = run(x -> Optimizers.rmsPropStep(x, gradient(x), rmsProp, 1e-2, 0.9, 1e-8));
        double[][] adaptive = run(x -> Optimizers.adamStep(x, gradient(x), adam, 2e-2, 0.9, 0.999, 1e-8));

        XYChart loss = Charts.xy("Rosenbrock loss per step, from (-1.5, 2)", "step", "f(x, y) (log scale)");
        loss.getStyler().setYAxisLogarithmic(true);
        loss.getStyler().setMarkerSize(0);
        double[][][] paths = {gd, heavyBall, rms, adaptive};
        String[] names = {"gradient descent, lr 0.001", "momentum 0.9, lr 0.001", "RMSProp, lr 0.01", "Adam, lr 0.02"};
        for (int o = 0; o < paths.length; o++) {
            addLoss(loss, names[o], paths[o]).setLineColor(Charts.color(o));
        }
        figures.save("rosenbrock-loss", loss);

        XYChart plane = Charts.xy("Paths of the optimisers on the Rosenbrock valley", "x", "y");
        double[] valleyX = new double[101];
        double[] valleyY = new double[101];
        for (int i = 0; i <= 100; i++) {
            valleyX[i] = -1.7 + 3.4 * i / 100;
            valleyY[i] = valleyX[i] * valleyX[i];
        }
        plane.addSeries("valley floor y = x²", valleyX, valleyY).setMarker(SeriesMarkers.NONE)
                .setLineColor(Color.LIGHT_GRAY);
        for (int o = 0; o < paths.length; o++) {
            addPath(plane, names[o], paths[o]).setMarker(SeriesMarkers.NONE).setLineColor(Charts.color(o));
        }
        plane.addSeries("minimum (1, 1)", new double[] {1}, new double[] {1}).setMarker(SeriesMarkers.DIAMOND)
                .setMarkerColor(Color.BLACK);
        plane.getStyler().setYAxisMin(-0.5).setYAxisMax(3.0).setXAxisMin(-1.7).setXAxisMax(1.7);
        figures.save("rosenbrock-paths", plane);
    }

    private static double value(double[] p) {
        return (1 - p[0]) * (1 - p[0]) + 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]);
    }

    private static double[] gradient(double[] p) {
        double r = p[1] - p[0] * p[0];
        return new double[] {-2 * (1 - p[0]) - 400 * p[0] * r, 200 * r};
    }

    /** The iterates {@code x_0 … x_STEPS} of one optimiser step. */
    private static double[][] run(UnaryOperator<double[]> step) {
        double[][] path = new double[STEPS + 1][];
        path[0] = START.clone();
        for (int t = 1; t <= STEPS; t++) {
            path[t] = step.apply(path[t - 1]);
        }
        return path;
    }

    private static XYSeries addLoss(XYChart chart, String name, double[][] path) {
        double[] steps = new double[path.length];
        double[] values = new double[path.length];
        for (int t = 0; t < path.length; t++) {
            steps[t] = t;
            values[t] = Math.max(value(path[t]), 1e-12);
        }
        return chart.addSeries(name, steps, values);
    }

    private static XYSeries addPath(XYChart chart, String name, double[][] path) {
        double[] xs = new double[path.length];
        double[] ys = new double[path.length];
        for (int t = 0; t < path.length; t++) {
            xs[t] = path[t][0];
            ys[t] = path[t][1];
        }
        return chart.addSeries(name, xs, ys);
    }
}
