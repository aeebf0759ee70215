package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.knowm.xchart.XYChart;

/**
 * Your activation functions on {@code [−4, 4]} and their derivatives, each derivative read from
 * your backward pass with an upstream gradient of ones. Sigmoid's derivative never exceeds 0.25
 * and tanh's vanishes away from 0 (why deep sigmoid nets learn slowly); ReLU passes a gradient of
 * exactly 1 for every positive input; GELU is a smooth ReLU that dips slightly below 0.
 */
@Challenge("p3.nn.activations")
public final class ActivationsPlot implements Plot {

    private static final int POINTS = 161;

    @Override
    public void draw(Figures figures) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        double[] grid = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            grid[i] = -4 + 8.0 * i / (POINTS - 1);
        }
        INDArray x = Nd4j.createFromArray(grid);
        INDArray ones = Nd4j.onesLike(x);
        String[] names = {"ReLU", "leaky ReLU (α = 0.1)", "sigmoid", "tanh", "GELU"};
        UnaryOperator<INDArray>[] forward = forward();
        BiFunction<INDArray, INDArray, INDArray>[] backward = backward();
        XYChart functions = Charts.xy("Activation functions", "input x", "activation f(x)");
        XYChart derivatives = Charts.xy("Derivatives of the activations, from the backward pass", "input x",
                "derivative f'(x)");
        for (XYChart chart : new XYChart[] {functions, derivatives}) {
            chart.getStyler().setMarkerSize(0);
            chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        }
        for (int a = 0; a < names.length; a++) {
            functions.addSeries(names[a], grid, forward[a].apply(x).toDoubleVector()).setLineWidth(2.5f);
            derivatives.addSeries(names[a], grid, backward[a].apply(x, ones).toDoubleVector()).setLineWidth(2.5f);
        }
        figures.save("activation-functions", functions);
        figures.save("activation-derivatives", derivatives);
    }

    @SuppressWarnings("unchecked")
    private static UnaryOperator<INDArray>[] forward() {
        return new UnaryOperator[] {
            x -> Activations.relu((INDArray) x),
            x -> Activations.leakyRelu((INDArray) x, 0.1),
            x -> Activations.sigmoid((INDArray) x),
            x -> Activations.tanh((INDArray) x),
            x -> Activations.gelu((INDArray) x)};
    }

    @SuppressWarnings("unchecked")
    private static BiFunction<INDArray, INDArray, INDArray>[] backward() {
        return new BiFunction[] {
            (x, g) -> Activations.reluBackward((INDArray) x, (INDArray) g),
            (x, g) -> Activations.leakyReluBackward((INDArray) x, (INDArray) g, 0.1),
            (x, g) -> Activations.sigmoidBackward((INDArray) x, (INDArray) g),
            (x, g) -> Activations.tanhBackward((INDArray) x, (INDArray) g),
            (x, g) -> Activations.geluBackward((INDArray) x, (INDArray) g)};
    }
}
