package io.mlpath.p3.nn;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.knowm.xchart.XYChart;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The spread of activations through a 12-layer network of width 256 initialised by your
 * schemes: with Xavier and tanh, or He and ReLU, the standard deviation stays roughly level
 * layer after layer; Xavier with ReLU halves the variance at every layer, and a naive
 * {@code N(0, 0.01²)} lets the signal die within a few layers.
 */
@Challenge("p3.nn.initialization")
public final class InitializationPlot implements Plot {

    private static final int WIDTH = 256;
    private static final int LAYERS = 12;
    private static final int BATCH = 500;

    @Override
    public void draw(Figures figures) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        INDArray input = gaussian(BATCH, WIDTH, 1.0, 1);
        UnaryOperator<INDArray> tanh = a -> Transforms.tanh(a, true);
        UnaryOperator<INDArray> relu = a -> Transforms.relu(a, true);
        double[][] curves = {
            stds(input, layer -> Initialization.xavierNormal(WIDTH, WIDTH, 100 + layer), tanh),
            stds(input, layer -> Initialization.xavierUniform(WIDTH, WIDTH, 200 + layer), tanh),
            stds(input, layer -> Initialization.heNormal(WIDTH, WIDTH, 300 + layer), relu),
            stds(input, layer -> Initialization.xavierNormal(WIDTH, WIDTH, 400 + layer), relu),
            stds(input, layer -> gaussian(WIDTH, WIDTH, 0.01, 500 + layer), tanh)};
        String[] names = {"Xavier normal + tanh", "Xavier uniform + tanh", "He normal + ReLU", "Xavier normal + ReLU",
            "N(0, 0.01²) + tanh"};
        double[] layers = new double[LAYERS];
        for (int l = 0; l < LAYERS; l++) {
            layers[l] = l + 1;
        }
        XYChart chart = Charts.xy("Activation spread through 12 layers of width 256, by initialisation",
                "layer", "standard deviation of the activations (log scale)");
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
        for (int s = 0; s < names.length; s++) {
            chart.addSeries(names[s], layers, curves[s]);
        }
        figures.save("initialization-activation-std", chart);
    }

    /** The standard deviation of the activations after each layer {@code h ← act(h W)}. */
    private static double[] stds(INDArray input, IntFunction<INDArray> weights, UnaryOperator<INDArray> activation) {
        double[] stds = new double[LAYERS];
        INDArray h = input;
        for (int l = 0; l < LAYERS; l++) {
            h = activation.apply(h.mmul(weights.apply(l)));
            stds[l] = h.stdNumber().doubleValue();
        }
        return stds;
    }

    private static INDArray gaussian(int rows, int columns, double sd, long seed) {
        Random random = new Random(seed);
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = sd * random.nextGaussian();
            }
        }
        return Nd4j.createFromArray(values);
    }
}
