package io.mlpath.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The bundled real datasets, loaded from this module's resources after a checksum check.
 *
 * <p>The datasets are verbatim copies of the CSVs shipped with scikit-learn 1.2.1 (Debian package
 * {@code python3-sklearn 1.2.1+dfsg-1}) and with the R package palmerpenguins 0.1.1 (Debian
 * {@code r-cran-palmerpenguins}); sources, licences and checksums are in
 * {@code datasets/README.md}. Nothing is fetched at run time.
 *
 * <pre>{@code
 * ClassificationData iris = Datasets.iris();   // 150 × 4, labels 0..2
 * }</pre>
 */
public final class Datasets {

    private Datasets() {
    }

    /** Fisher's Iris: 150 flowers × 4 measurements (cm), 3 species. */
    public static ClassificationData iris() {
        return SklearnCsv.classification("iris", BundledFile.IRIS,
                List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"));
    }

    /** Breast Cancer Wisconsin (Diagnostic): 569 tumours × 30 features; 0 = malignant, 1 = benign. */
    public static ClassificationData breastCancer() {
        List<String> names = new ArrayList<>();
        for (String kind : List.of("mean", "error", "worst")) {
            for (String feature : List.of("radius", "texture", "perimeter", "area", "smoothness", "compactness",
                    "concavity", "concave points", "symmetry", "fractal dimension")) {
                names.add(kind + " " + feature);
            }
        }
        return SklearnCsv.classification("breast-cancer", BundledFile.BREAST_CANCER, names);
    }

    /** Wine recognition: 178 wines × 13 chemical measurements, 3 cultivars. */
    public static ClassificationData wine() {
        return SklearnCsv.classification("wine", BundledFile.WINE, List.of("alcohol", "malic_acid", "ash",
                "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids", "nonflavanoid_phenols",
                "proanthocyanins", "color_intensity", "hue", "od280/od315_of_diluted_wines", "proline"));
    }

    /** Optical digits 8×8: 1,797 images × 64 pixel intensities in 0..16 (row-major), digits 0..9. */
    public static ClassificationData digits() {
        List<String> pixels = IntStream.range(0, 64).mapToObj(i -> "pixel_" + i / 8 + "_" + i % 8).toList();
        List<String> classes = IntStream.range(0, 10).mapToObj(Integer::toString).toList();
        return SklearnCsv.headerless("digits", BundledFile.DIGITS, pixels, classes);
    }

    /**
     * Palmer Penguins (Horst, Hill and Gorman, 2020): 344 penguins with missing values.
     *
     * <p>Numeric: bill_length_mm, bill_depth_mm, flipper_length_mm, body_mass_g, year (NaN where
     * the source says NA). Categorical: species (Adelie, Chinstrap, Gentoo), island, sex (null
     * where NA).
     */
    public static MixedData penguins() {
        return PenguinsCsv.parse(BundledFile.PENGUINS);
    }

    /** Diabetes (Efron et al., 2004): 442 patients × 10 raw baseline variables; target = progression after one year. */
    public static RegressionData diabetes() {
        return SklearnCsv.regression("diabetes", BundledFile.DIABETES_DATA, BundledFile.DIABETES_TARGET,
                List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"));
    }
}
