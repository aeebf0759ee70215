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
 * Your attention weights {@code softmax(QKᵀ/√d + M)} for 10 tokens with your causal mask: every
 * row sums to 1 and everything above the diagonal is exactly 0, since token {@code i} may look only
 * at tokens {@code 1..i}. The first token can attend only to itself (weight 1).
 */
@Challenge("p3.attention.scaled-dot-product")
public final class ScaledDotProductAttentionPlot implements Plot {

    private static final int TOKENS = 10;
    private static final int DIMENSION = 16;

    @Override
    public void draw(Figures figures) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        Random random = new Random(7);
        INDArray q = gaussian(random);
        INDArray k = gaussian(random);
        INDArray v = gaussian(random);
        INDArray weights = ScaledDotProductAttention.attend(q, k, v, ScaledDotProductAttention.causalMask(TOKENS))
                .weights();

        List<Integer> keys = new ArrayList<>();
        List<Integer> queries = new ArrayList<>();
        for (int t = 1; t <= TOKENS; t++) {
            keys.add(t);
            queries.add(TOKENS + 1 - t);
        }
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < TOKENS; i++) {
            for (int j = 0; j < TOKENS; j++) {
                cells.add(new Number[] {j, TOKENS - 1 - i, weights.getDouble(i, j)});
            }
        }
        HeatMapChart chart = Charts.heatMap("Causal attention weights of 10 tokens (each row sums to 1)",
                "key position j", "query position i");
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("0.00");
        chart.getStyler().setMin(0).setMax(1);
        chart.addSeries("attention weight", keys, queries, cells);
        figures.save("causal-attention-weights", chart);
    }

    private static INDArray gaussian(Random random) {
        double[][] values = new double[TOKENS][DIMENSION];
        for (double[] row : values) {
            for (int j = 0; j < DIMENSION; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return Nd4j.createFromArray(values);
    }
}
