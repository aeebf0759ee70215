package io.mlpath.p3.attention;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.knowm.xchart.HeatMapChart;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Your multi-head self-attention weights for 8 tokens, one heat map per head (3 heads of width 4 on
 * {@code d_model = 12}, random projections): each head attends with its own slice of the projected
 * features, so the same tokens are weighted differently by every head, while every row of every
 * head still sums to 1.
 */
@Challenge("p3.attention.multi-head")
public final class MultiHeadAttentionPlot implements Plot {

    private static final int TOKENS = 8;
    private static final int MODEL = 12;
    private static final int HEADS = 3;

    @Override
    public void draw(Figures figures) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        Random random = new Random(11);
        double scale = 1.5 / Math.sqrt(MODEL);
        MultiHeadAttention attention = new MultiHeadAttention(HEADS,
                gaussian(random, MODEL, MODEL, scale), zeros(), gaussian(random, MODEL, MODEL, scale), zeros(),
                gaussian(random, MODEL, MODEL, scale), zeros(), gaussian(random, MODEL, MODEL, scale), zeros());
        INDArray tokens = gaussian(random, TOKENS, MODEL, 1);
        attention.forward(tokens, tokens, tokens, null);
        INDArray weights = attention.lastWeights();

        List<Integer> keys = new ArrayList<>();
        List<Integer> queries = new ArrayList<>();
        for (int t = 1; t <= TOKENS; t++) {
            keys.add(t);
            queries.add(TOKENS + 1 - t);
        }
        for (int h = 0; h < HEADS; h++) {
            INDArray head = weights.slice(h);
            List<Number[]> cells = new ArrayList<>();
            for (int i = 0; i < TOKENS; i++) {
                for (int j = 0; j < TOKENS; j++) {
                    cells.add(new Number[] {j, TOKENS - 1 - i, head.getDouble(i, j)});
                }
            }
            HeatMapChart chart = Charts.heatMap("Self-attention weights of head " + (h + 1) + " of " + HEADS
                    + " over 8 tokens (rows sum to 1)", "key position j", "query position i");
            chart.getStyler().setShowValue(true);
            chart.getStyler().setHeatMapValueDecimalPattern("0.00");
            chart.getStyler().setMin(0).setMax(1);
            chart.addSeries("attention weight", keys, queries, cells);
            figures.save("multi-head-attention-head-" + (h + 1), chart);
        }
    }

    private static INDArray gaussian(Random random, int rows, int columns, double scale) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = scale * random.nextGaussian();
            }
        }
        return Nd4j.createFromArray(values);
    }

    private static INDArray zeros() {
        return Nd4j.zeros(DataType.DOUBLE, MODEL);
    }
}
