package io.mlpath.p2.unsupervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;

/**
 * Your t-SNE joint affinities {@code P} (perplexity 10) of 60 Iris flowers, 20 per species in
 * order: three bright blocks on the diagonal say each flower's neighbours are of its own species;
 * the setosa block (rows 1–20) stands apart, versicolor and virginica share some affinity.
 */
@Challenge("p2.unsupervised.tsne-affinities")
public final class TsneAffinitiesPlot implements Plot {

    private static final int PER_SPECIES = 20;

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        double[][] x = new double[3 * PER_SPECIES][];
        int row = 0;
        for (int species = 0; species < 3; species++) {
            int taken = 0;
            for (int i = 0; i < iris.size() && taken < PER_SPECIES; i++) {
                if (iris.labels()[i] == species) {
                    x[row++] = iris.features()[i];
                    taken++;
                }
            }
        }
        double[][] p = TsneAffinities.joint(TsneAffinities.squaredDistances(x), 10);

        List<Integer> index = new ArrayList<>();
        for (int i = 1; i <= x.length; i++) {
            index.add(i);
        }
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                cells.add(new Number[] {j, i, 1000 * p[i][j]});
            }
        }
        HeatMapChart chart = Charts.heatMap("t-SNE joint affinities P × 1000 of 60 Iris flowers (perplexity 10)",
                "flower j (1–20 setosa, 21–40 versicolor, 41–60 virginica)", "flower i");
        chart.getStyler().setAxisTickLabelsFont(chart.getStyler().getAxisTickLabelsFont().deriveFont(8f));
        chart.addSeries("P × 1000", index, index, cells);
        figures.save("iris-tsne-affinities", chart);
    }
}
