package io.mlpath.p1.linalg;

import io.mlpath.datasets.ClassificationData;
import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.plot.Charts;
import io.mlpath.grader.plot.Figures;
import io.mlpath.grader.plot.Plot;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Iris through your PCA: the 150 flowers projected on the first two components, coloured by
 * species (the species should separate along PC 1), and the share of variance each of the four
 * components explains (PC 1 alone explains about 92%).
 */
@Challenge("p1.linalg.pca")
public final class PcaPlot implements Plot {

    @Override
    public void draw(Figures figures) {
        ClassificationData iris = Datasets.iris();
        Pca pca = new Pca(4).fit(iris.features());
        double[][] scores = pca.transform(iris.features());
        double[] ratio = pca.explainedVarianceRatio();

        XYChart projection = Charts.xy("Iris projected on its first two principal components",
                "PC 1 score (cm)", "PC 2 score (cm)");
        projection.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        for (int species = 0; species < iris.classNames().size(); species++) {
            List<Double> pc1 = new ArrayList<>();
            List<Double> pc2 = new ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                if (iris.labels()[i] == species) {
                    pc1.add(scores[i][0]);
                    pc2.add(scores[i][1]);
                }
            }
            projection.addSeries(iris.classNames().get(species), pc1, pc2);
        }
        figures.save("iris-projection", projection);

        CategoryChart variance = Charts.bars("Share of Iris's variance explained by each principal component",
                "principal component", "explained variance ratio (fraction of total)");
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int j = 0; j < ratio.length; j++) {
            names.add("PC " + (j + 1));
            shares.add(ratio[j]);
        }
        variance.addSeries("explained variance ratio", names, shares);
        variance.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        figures.save("iris-explained-variance", variance);
    }
}
