package io.mlpath.p2.unsupervised;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * Your agglomerative clustering's merge heights on Iris (all four measurements), for single,
 * complete and average linkage: the height of each of the 149 merges in order, the information a
 * dendrogram draws as the heights of its joins. The heights never decrease; a long jump before the
 * last few merges says that those merges join well-separated groups, so cutting just below the jump
 * gives a natural number of clusters. Single linkage stays low (it chains close neighbours),
 * complete linkage climbs highest (it measures the farthest members).
 */
@Challenge("p2.unsupervised.hierarchical")
public final class AgglomerativeClusteringPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        XYChart chart = Charts.xy("Merge heights of agglomerative clustering on Iris (150 flowers)",
                "merge step", "merge height (linkage distance, cm)");
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        for (AgglomerativeClustering.Linkage linkage : AgglomerativeClustering.Linkage.values()) {
            double[] heights = new AgglomerativeClustering(linkage).fit(iris.features()).heights();
            double[] steps = new double[heights.length];
            for (int t = 0; t < heights.length; t++) {
                steps[t] = t + 1;
            }
            chart.addSeries(linkage.name().toLowerCase(Locale.ROOT) + " linkage", steps, heights);
        }
        figures.save("iris-merge-heights", chart);
    }
}
