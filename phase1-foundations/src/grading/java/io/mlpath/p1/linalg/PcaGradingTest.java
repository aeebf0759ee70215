package io.mlpath.p1.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.SignAssertions;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of {@link Pca}.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code PCA} on Iris (fixture {@code pca-iris.json}, written by
 * {@code phase1-foundations/fixtures/pca_iris.py}); Commons Math's {@link Covariance} (divided by
 * n − 1) and {@link EigenDecomposition} on seeded synthetic data; and exact identities of PCA
 * (orthonormal components, reconstruction error = sum of the dropped eigenvalues, uncorrelated
 * scores whose variances are the eigenvalues, exact round trip with every component kept).
 * Components and scores are compared up to sign: {@code v} and {@code −v} are both correct, as
 * long as each score has the sign of the component {@code components()} reports.
 */
@Challenge("p1.linalg.pca")
class PcaGradingTest {

    private static final Fixture IRIS = Fixture.load(PcaGradingTest.class, "pca-iris.json");

    private static final String NOT_CENTRED = "is the data centred (the mean subtracted from every row) before the"
            + " covariance?";
    private static final String SORT = "are the eigenpairs sorted by decreasing eigenvalue before the first k are kept?";
    private static final String UNIT = "is each component a unit vector (Euclidean length 1), not scaled so that"
            + " its largest entry is 1 or by the square root of its eigenvalue?";
    private static final String N_MINUS_1 = "is the covariance divided by n - 1 (the sample covariance), not by n?";
    private static final String SCORE_SIGN = "each score must have the sign of the component components() reports:"
            + " z = (x - mean) . v. Is the subtraction the wrong way round (mean - x), or is a component flipped"
            + " after the scores were computed?";
    private static final String COLUMNS = "are the eigenvectors taken from the columns of the accumulated rotations V,"
            + " not its rows?";
    private static final String TRAINING_MEAN = "transform must subtract the mean learned in fit, never the mean of"
            + " the rows it is given";

    // ---------------------------------------------------------------- scikit-learn on Iris

    @Test
    @Points(3)
    @DisplayName("Iris: the mean and the components (each up to sign) match scikit-learn for 2 and 4 components")
    void irisComponentsMatchSklearn() {
        double[][] iris = Datasets.iris().features();
        for (int k : new int[] {2, 4}) {
            Pca pca = new Pca(k).fit(iris);
            ArrayAssertions.assertClose("mean of Iris (k = " + k + ")", IRIS.vector("mean"), pca.mean(),
                    Tolerance.absolute(1e-12), "the mean is the average of each column over the training rows");
            double[][] expected = IRIS.matrix("components_k" + k);
            double[][] actual = pca.components();
            assertShape("components() on Iris with k = " + k, k, 4, actual);
            for (int c = 0; c < k; c++) {
                SignAssertions.assertSameUpToSign("Iris component " + c + " of " + k, expected[c], actual[c],
                        Tolerance.absolute(1e-9), NOT_CENTRED + " Or " + SORT + " Or " + COLUMNS + " Or " + UNIT);
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("Iris: the explained variance is the eigenvalues of the covariance divided by n − 1, as scikit-learn")
    void irisExplainedVarianceMatchesSklearn() {
        double[][] iris = Datasets.iris().features();
        for (int k : new int[] {2, 4}) {
            ArrayAssertions.assertClose("explained variance on Iris (k = " + k + ")",
                    IRIS.vector("explained_variance_k" + k), new Pca(k).fit(iris).explainedVariance(),
                    Tolerance.relative(1e-9), N_MINUS_1 + " Or " + SORT);
        }
    }

    @Test
    @Points(3)
    @DisplayName("Iris: the explained variance ratio divides each eigenvalue by the total variance of all features")
    void irisRatioMatchesSklearn() {
        double[][] iris = Datasets.iris().features();
        for (int k : new int[] {2, 4}) {
            ArrayAssertions.assertClose("explained variance ratio on Iris (k = " + k + ")",
                    IRIS.vector("explained_variance_ratio_k" + k), new Pca(k).fit(iris).explainedVarianceRatio(),
                    Tolerance.absolute(1e-12),
                    "the denominator is the total variance, the trace of the covariance = the sum of all 4"
                            + " eigenvalues (" + IRIS.number("total_variance") + " on Iris), not the sum of the k kept");
        }
    }

    @Test
    @Points(3)
    @DisplayName("Iris: transformed rows match scikit-learn, each score with the sign of its own component")
    void irisScoresMatchSklearn() {
        double[][] iris = Datasets.iris().features();
        double[][] firstRows = Arrays.copyOf(iris, 10);
        for (int k : new int[] {2, 4}) {
            Pca pca = new Pca(k).fit(iris);
            double[][] expectedComponents = IRIS.matrix("components_k" + k);
            double[][] actualComponents = pca.components();
            double[][] scores = pca.transform(firstRows);
            assertShape("transform() of 10 Iris rows with k = " + k, 10, k, scores);
            // Flip a score column exactly when its component is flipped relative to scikit-learn's.
            double[][] aligned = new double[10][k];
            for (int c = 0; c < k; c++) {
                double sign = Math.signum(dot(expectedComponents[c], actualComponents[c]));
                for (int i = 0; i < 10; i++) {
                    aligned[i][c] = sign * scores[i][c];
                }
            }
            ArrayAssertions.assertClose("scores of the first 10 Iris rows (k = " + k + ", each column's sign set by"
                            + " the sign of its component against scikit-learn's)",
                    IRIS.matrix("transformed_first_rows_k" + k), aligned, Tolerance.absolute(1e-9),
                    SCORE_SIGN + " Or: " + TRAINING_MEAN + ".");
        }
    }

    // ---------------------------------------------------------------- centring (the headline mistake)

    @Test
    @Points(4)
    @DisplayName("centres the data: shifting every feature by +1000 moves the mean and leaves components and variances unchanged")
    void shiftInvariance() {
        double[][] x = Datasets.iris().features();
        double[][] shifted = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            shifted[i] = Arrays.stream(x[i]).map(v -> v + 1000).toArray();
        }
        Pca plain = new Pca(3).fit(x);
        Pca moved = new Pca(3).fit(shifted);

        double[] expectedMean = Arrays.stream(plain.mean()).map(v -> v + 1000).toArray();
        ArrayAssertions.assertClose("mean after shifting every feature by +1000", expectedMean, moved.mean(),
                Tolerance.absolute(1e-9), "the mean is the average of each column");
        for (int c = 0; c < 3; c++) {
            SignAssertions.assertSameUpToSign("component " + c + " of the data shifted by +1000 (expected: the"
                            + " component of the unshifted data)", plain.components()[c], moved.components()[c],
                    Tolerance.absolute(1e-8), "component " + c + " changed when every feature was shifted by +1000: "
                            + NOT_CENTRED);
        }
        ArrayAssertions.assertClose("explained variance of the data shifted by +1000 (expected: that of the"
                        + " unshifted data)", plain.explainedVariance(), moved.explainedVariance(),
                Tolerance.relative(1e-8),
                "the variance changed when every feature was shifted by +1000: " + NOT_CENTRED);
        ArrayAssertions.assertClose("explained variance ratio of the data shifted by +1000",
                plain.explainedVarianceRatio(), moved.explainedVarianceRatio(), Tolerance.absolute(1e-10),
                "the ratio changed when every feature was shifted by +1000: " + NOT_CENTRED);
    }

    // ---------------------------------------------------------------- Commons Math on synthetic data

    @Test
    @Points(3)
    @DisplayName("matches Commons Math's eigen-decomposition of the sample covariance on seeded correlated data")
    void matchesCommonsEigen() {
        double[][] x = correlated(20240601L, 300, new double[] {6, 4, 3, 2, 1.5, 1}, new double[] {3, -7, 50, 0, 1, -2});
        Oracle oracle = Oracle.of(x);
        for (int k : new int[] {3, 6}) {
            Pca pca = new Pca(k).fit(x);
            double[][] components = pca.components();
            assertShape("components() with k = " + k + " of 6 features", k, 6, components);
            ArrayAssertions.assertClose("explained variance (k = " + k + ")", Arrays.copyOf(oracle.values, k),
                    pca.explainedVariance(), Tolerance.relative(1e-9), N_MINUS_1 + " Or " + SORT);
            for (int c = 0; c < k; c++) {
                SignAssertions.assertSameUpToSign("component " + c + " (k = " + k + ")", oracle.vectors[c],
                        components[c], Tolerance.absolute(1e-8), NOT_CENTRED + " Or " + SORT + " Or " + COLUMNS + " Or " + UNIT);
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("sorts the components by decreasing eigenvalue, whatever order the eigen-decomposition finds them in")
    void sortedByDecreasingEigenvalue() {
        // Features with standard deviations 1, 2, 3, 4, 5 and no mixing: the covariance is almost
        // diagonal with increasing entries, so an unsorted eigen-decomposition lists them smallest first.
        double[][] x = axisAligned(7L, 400, new double[] {1, 2, 3, 4, 5});
        Pca pca = new Pca(5).fit(x);
        double[] variance = pca.explainedVariance();
        for (int c = 1; c < variance.length; c++) {
            if (!(variance[c - 1] >= variance[c])) {
                throw Failure.of("explained variance is not in decreasing order at [" + (c - 1) + "], [" + c + "]")
                        .line("expected", "λ[" + (c - 1) + "] >= λ[" + c + "]")
                        .actual(variance)
                        .likelyMistake(SORT).error();
            }
        }
        Oracle oracle = Oracle.of(x);
        ArrayAssertions.assertClose("explained variance", oracle.values, variance, Tolerance.relative(1e-9), SORT);
        for (int c = 0; c < 5; c++) {
            SignAssertions.assertSameUpToSign("component " + c, oracle.vectors[c], pca.components()[c],
                    Tolerance.absolute(1e-8), "component " + c + " must belong to the " + ordinal(c)
                            + " largest eigenvalue: " + SORT);
        }
    }

    // ---------------------------------------------------------------- exact identities

    @Test
    @Points(3)
    @DisplayName("the components are orthonormal: components · componentsᵀ = I")
    void componentsOrthonormal() {
        double[][] x = correlated(99L, 200, new double[] {5, 3, 2, 1, 0.5, 0.25}, new double[] {1, 2, 3, 4, 5, 6});
        double[][] w = new Pca(4).fit(x).components();
        assertShape("components() with k = 4 of 6 features", 4, 6, w);
        double[][] gram = new double[4][4];
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                gram[a][b] = dot(w[a], w[b]);
            }
        }
        double[][] identity = new double[4][4];
        for (int a = 0; a < 4; a++) {
            identity[a][a] = 1;
        }
        ArrayAssertions.assertClose("components · componentsᵀ (dot products of every pair of components)", identity,
                gram, Tolerance.absolute(1e-10),
                "a diagonal entry other than 1 means a component is not unit length: " + UNIT
                        + " An off-diagonal entry other than 0 means two components are not orthogonal.");
    }

    @Test
    @Points(3)
    @DisplayName("the reconstruction error Σ‖x − x̂‖² / (n − 1) equals the sum of the dropped eigenvalues")
    void reconstructionErrorIsDroppedVariance() {
        double[][] x = correlated(31337L, 250, new double[] {4, 3, 2, 1, 0.5}, new double[] {10, -10, 5, 0, 100});
        Oracle oracle = Oracle.of(x);
        for (int k : new int[] {1, 2, 3}) {
            Pca pca = new Pca(k).fit(x);
            double[][] reconstructed = pca.inverseTransform(pca.transform(x));
            assertShape("inverseTransform(transform(x)) with k = " + k, x.length, 5, reconstructed);
            double error = 0;
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < 5; j++) {
                    double diff = x[i][j] - reconstructed[i][j];
                    error += diff * diff;
                }
            }
            error /= x.length - 1;
            double dropped = Arrays.stream(oracle.values, k, 5).sum();
            ArrayAssertions.assertClose("reconstruction error Σ‖x − x̂‖² / (n − 1) with k = " + k
                            + " (expected: the sum of the " + (5 - k) + " smallest eigenvalues)", dropped, error,
                    Tolerance.relative(1e-8), "x̂ = mean + Σ_j z_j · v_j must be the closest point on the plane of the"
                            + " k largest components: is the mean added back in inverseTransform, are the kept"
                            + " components those of the largest eigenvalues, and is the data centred before the covariance?");
        }
    }

    @Test
    @Points(2)
    @DisplayName("with every component kept, inverseTransform(transform(x)) returns x exactly (to rounding)")
    void fullRankRoundTrip() {
        double[][] x = correlated(5L, 120, new double[] {3, 2, 1, 0.5, 0.1}, new double[] {-4, 8, 15, 16, 23});
        Pca pca = new Pca(5).fit(x);
        ArrayAssertions.assertClose("inverseTransform(transform(x)) with k = d = 5", x,
                pca.inverseTransform(pca.transform(x)), Tolerance.absolute(1e-9),
                "inverseTransform is mean + Σ_j z_j · v_j with the same components (and signs) transform used; "
                        + SCORE_SIGN);
    }

    @Test
    @Points(3)
    @DisplayName("the scores are uncorrelated and the variance (n − 1) of score j is explained variance j")
    void scoresHaveTheExplainedVariance() {
        double[][] x = correlated(2718L, 300, new double[] {5, 2, 1, 0.5}, new double[] {0, 1, 2, 3});
        Pca pca = new Pca(3).fit(x);
        double[][] z = pca.transform(x);
        assertShape("transform(x) with k = 3", x.length, 3, z);
        double[][] scoreCovariance = new Covariance(z).getCovarianceMatrix().getData();
        double[][] expected = new double[3][3];
        double[] oracle = Oracle.of(x).values;
        for (int c = 0; c < 3; c++) {
            expected[c][c] = oracle[c];
        }
        ArrayAssertions.assertClose("sample covariance (n − 1) of the scores (expected: diagonal, the eigenvalues)",
                expected, scoreCovariance, Tolerance.absolute(1e-9),
                "scores of unit, orthogonal components are uncorrelated with variance λ_j: " + UNIT);
        double[] diagonal = IntStream.range(0, 3).mapToDouble(c -> scoreCovariance[c][c]).toArray();
        ArrayAssertions.assertClose("explained variance (expected: the sample variance, n − 1, of each score)",
                diagonal, pca.explainedVariance(), Tolerance.relative(1e-9), N_MINUS_1);
    }

    @Test
    @Points(2)
    @DisplayName("transform uses the mean learned in fit: the training mean scores 0 and a row's scores do not depend on the batch")
    void transformUsesTrainingMean() {
        double[][] x = correlated(1234L, 150, new double[] {3, 2, 1, 0.5}, new double[] {100, -50, 7, 0});
        Pca pca = new Pca(2).fit(x);
        double[] mu = new double[4];
        for (double[] row : x) {
            for (int j = 0; j < 4; j++) {
                mu[j] += row[j] / x.length;
            }
        }
        ArrayAssertions.assertClose("transform of the training mean", new double[] {0, 0},
                pca.transform(new double[][] {mu})[0], Tolerance.absolute(1e-9),
                "the mean maps to the origin of the component coordinates: " + TRAINING_MEAN);

        double[][] w = pca.components();
        double[][] fresh = correlated(4321L, 5, new double[] {3, 2, 1, 0.5}, new double[] {90, -40, 0, 3});
        double[][] batch = pca.transform(fresh);
        assertShape("transform of 5 new rows", 5, 2, batch);
        for (int i = 0; i < fresh.length; i++) {
            double[] expected = new double[2];
            for (int c = 0; c < 2; c++) {
                for (int j = 0; j < 4; j++) {
                    expected[c] += (fresh[i][j] - mu[j]) * w[c][j];
                }
            }
            ArrayAssertions.assertClose("scores of new row " + i + " in a batch of 5 (expected: (x − training mean)"
                    + " · components())", expected, batch[i], Tolerance.absolute(1e-9), TRAINING_MEAN
                    + ". Also: " + SCORE_SIGN);
            ArrayAssertions.assertClose("scores of new row " + i + " transformed alone (expected: its scores in the"
                    + " batch)", batch[i], pca.transform(new double[][] {fresh[i]})[0], Tolerance.absolute(1e-9),
                    "a row's scores must not depend on the other rows: " + TRAINING_MEAN);
        }
    }

    @Test
    @Points(2)
    @DisplayName("fit, transform and inverseTransform leave their arguments unchanged")
    void inputsUnchanged() {
        double[][] x = correlated(8L, 60, new double[] {2, 1, 0.5}, new double[] {5, 5, 5});
        double[][] xCopy = deepCopy(x);
        Pca pca = new Pca(2).fit(x);
        ArrayAssertions.assertClose("x after fit(x)", xCopy, x, Tolerance.absolute(0),
                "fit must not centre the caller's array in place: work on a copy");
        pca.transform(x);
        ArrayAssertions.assertClose("x after transform(x)", xCopy, x, Tolerance.absolute(0),
                "transform must not centre the caller's array in place: work on a copy");
        double[][] z = {{1, 2}, {-3, 0.5}};
        double[][] zCopy = deepCopy(z);
        pca.inverseTransform(z);
        ArrayAssertions.assertClose("z after inverseTransform(z)", zCopy, z, Tolerance.absolute(0),
                "inverseTransform must not modify the caller's array");
    }

    // ---------------------------------------------------------------- edge cases

    @Test
    @Points(2)
    @DisplayName("edge cases: one feature gives component ±1 with the sample variance; a constant feature gets eigenvalue 0")
    void edgeCases() {
        double[][] single = {{1}, {2}, {4}, {7}, {11}};
        Pca one = new Pca(1).fit(single);
        double[] column = {1, 2, 4, 7, 11};
        SignAssertions.assertSameUpToSign("component of one feature", new double[] {1}, one.components()[0],
                Tolerance.absolute(1e-12), UNIT);
        ArrayAssertions.assertClose("explained variance of one feature (expected: its sample variance, n − 1)",
                new Variance(true).evaluate(column), one.explainedVariance()[0], Tolerance.relative(1e-12), N_MINUS_1);
        ArrayAssertions.assertClose("explained variance ratio of one feature", 1, one.explainedVarianceRatio()[0],
                Tolerance.absolute(1e-12), "with k = d the ratios sum to 1");

        // Column 1 is constant: its variance and its covariances are 0.
        double[][] x = {{1, 5, 2}, {2, 5, 0}, {4, 5, 1}, {0, 5, 3}, {3, 5, 3}};
        Pca pca = new Pca(3).fit(x);
        double[] variance = pca.explainedVariance();
        ArrayAssertions.assertClose("smallest explained variance (a constant column)", 0, variance[2],
                Tolerance.absolute(1e-12), "a constant feature adds a zero eigenvalue: " + SORT);
        SignAssertions.assertSameUpToSign("component of the zero eigenvalue", new double[] {0, 1, 0},
                pca.components()[2], Tolerance.absolute(1e-12), "the constant column's axis carries no variance");
        ArrayAssertions.assertClose("sum of the explained variance ratios with k = d", 1,
                Arrays.stream(pca.explainedVarianceRatio()).sum(), Tolerance.absolute(1e-12),
                "with every component kept the ratios sum to 1");
    }

    // ---------------------------------------------------------------- validation

    @Test
    @Points(3)
    @DisplayName("rejects invalid arguments to the constructor and fit with an IllegalArgumentException that names the bad value")
    void rejectsInvalidFitArguments() {
        double[][] iris = Datasets.iris().features();
        assertRejects("new Pca(0)", () -> new Pca(0), "components >= 1", "0");
        assertRejects("new Pca(-3)", () -> new Pca(-3), "components >= 1", "-3");
        assertRejects("fit(null)", () -> new Pca(1).fit(null), "x must not be null");
        assertRejects("fit of an empty matrix", () -> new Pca(1).fit(new double[0][]), "at least 2 rows");
        assertRejects("fit of one row", () -> new Pca(1).fit(new double[][] {{1, 2}}),
                "at least 2 rows (the covariance divides by n - 1)", "1");
        assertRejects("fit of rows with lengths 3, 3, 2", () -> new Pca(1).fit(new double[][] {{1, 2, 3}, {4, 5, 6},
                {7, 8}}), "rows must all have the same length", "row 2");
        assertRejects("fit with a null row", () -> new Pca(1).fit(new double[][] {{1, 2}, null, {3, 4}}),
                "rows must not be null", "row 1");
        assertRejects("fit with NaN at [1][0]", () -> new Pca(1).fit(new double[][] {{1, 2}, {Double.NaN, 3},
                {4, 5}}), "values must be finite", "NaN");
        assertRejects("fit with Infinity at [2][1]", () -> new Pca(1).fit(new double[][] {{1, 2}, {2, 3},
                {4, Double.POSITIVE_INFINITY}}), "values must be finite", "Infinity");
        assertRejects("new Pca(5).fit of the 4-feature Iris data", () -> new Pca(5).fit(iris),
                "components <= number of features", "5", "4");
        assertRejects("fit of rows that are all identical", () -> new Pca(1).fit(new double[][] {{1, 2}, {1, 2},
                {1, 2}}), "total variance must be > 0");
    }

    @Test
    @Points(2)
    @DisplayName("transform and inverseTransform need fit first and reject rows of the wrong width, null or NaN")
    void rejectsInvalidTransformArguments() {
        double[][] iris = Datasets.iris().features();
        Throwable early = rethrowTodo(catchThrowable(() -> new Pca(2).transform(iris)));
        assertThat(early)
                .as("transform before fit must throw IllegalStateException with a message that says to call fit first")
                .isInstanceOf(IllegalStateException.class);
        assertThat(early.getMessage()).as("the message of transform before fit must mention fit").contains("fit");

        Pca pca = new Pca(2).fit(iris);
        assertRejects("transform of rows with 3 values after fitting 4 features",
                () -> pca.transform(new double[][] {{1, 2, 3}}), "rows must have the 4 features seen in fit", "4", "3");
        assertRejects("transform(null)", () -> pca.transform(null), "x must not be null");
        assertRejects("transform with NaN", () -> pca.transform(new double[][] {{1, 2, Double.NaN, 4}}),
                "values must be finite", "NaN");
        assertRejects("inverseTransform of scores with 3 values when k = 2",
                () -> pca.inverseTransform(new double[][] {{1, 2, 3}}), "scores must have k = 2 columns", "2", "3");
        assertRejects("inverseTransform(null)", () -> pca.inverseTransform(null), "z must not be null");
    }

    // ---------------------------------------------------------------- helpers

    /** Commons Math's eigenpairs of the sample covariance (n − 1), sorted by decreasing eigenvalue. */
    private record Oracle(double[] values, double[][] vectors) {

        static Oracle of(double[][] x) {
            double[][] covariance = new Covariance(x).getCovarianceMatrix().getData();
            EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(covariance));
            double[] raw = eigen.getRealEigenvalues();
            Integer[] order = IntStream.range(0, raw.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> raw[i]).reversed());
            double[] values = new double[raw.length];
            double[][] vectors = new double[raw.length][];
            for (int c = 0; c < raw.length; c++) {
                values[c] = raw[order[c]];
                vectors[c] = eigen.getEigenvector(order[c]).toArray();
            }
            return new Oracle(values, vectors);
        }
    }

    /** Correlated Gaussian rows: independent N(0, scale²) sources mixed by I + 0.5·N(0, 1) noise, plus offsets. */
    private static double[][] correlated(long seed, int n, double[] scales, double[] offsets) {
        Random random = new Random(seed);
        int d = scales.length;
        double[][] mix = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                mix[a][b] = (a == b ? 1 : 0) + 0.5 * random.nextGaussian();
            }
        }
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] source = new double[d];
            for (int a = 0; a < d; a++) {
                source[a] = scales[a] * random.nextGaussian();
            }
            for (int b = 0; b < d; b++) {
                x[i][b] = offsets[b];
                for (int a = 0; a < d; a++) {
                    x[i][b] += source[a] * mix[a][b];
                }
            }
        }
        return x;
    }

    /** Independent N(0, scale²) features, unmixed. */
    private static double[][] axisAligned(long seed, int n, double[] scales) {
        Random random = new Random(seed);
        double[][] x = new double[n][scales.length];
        for (double[] row : x) {
            for (int j = 0; j < scales.length; j++) {
                row[j] = scales[j] * random.nextGaussian();
            }
        }
        return x;
    }

    private static void assertRejects(String call, ThrowingCallable code, String rule, String... fragments) {
        Throwable thrown = rethrowTodo(catchThrowable(code));
        assertThat(thrown)
                .as("%s must throw IllegalArgumentException (rule: %s)", call, rule)
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage())
                .as("the message of %s must state the rule (%s) and the bad value %s", call, rule,
                        Arrays.toString(fragments))
                .isNotBlank();
        for (String fragment : fragments) {
            assertThat(thrown.getMessage())
                    .as("the message of %s must state the rule (%s) and the bad value %s", call, rule, fragment)
                    .contains(fragment);
        }
    }

    /** Lets a not-yet-written method's TODO exception through as itself, so it reads as "not attempted". */
    private static Throwable rethrowTodo(Throwable thrown) {
        if (thrown instanceof UnsupportedOperationException todo) {
            throw todo;
        }
        return thrown;
    }

    private static void assertShape(String what, int rows, int columns, double[][] actual) {
        boolean ok = actual != null && actual.length == rows
                && Arrays.stream(actual).allMatch(row -> row != null && row.length == columns);
        if (!ok) {
            throw Failure.of(what + " has the wrong shape")
                    .line("expected", rows + " × " + columns)
                    .line("actual", actual == null ? "null" : actual.length + " rows of lengths "
                            + Arrays.toString(Arrays.stream(actual).mapToInt(r -> r == null ? -1 : r.length).toArray()))
                    .likelyMistake("components() has one row per kept component (k × d); transform returns one row"
                            + " of k scores per input row; inverseTransform returns one row of d features per score row")
                    .error();
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[][] deepCopy(double[][] x) {
        return Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
    }

    private static String ordinal(int c) {
        return switch (c) {
            case 0 -> "1st";
            case 1 -> "2nd";
            case 2 -> "3rd";
            default -> (c + 1) + "th";
        };
    }
}
