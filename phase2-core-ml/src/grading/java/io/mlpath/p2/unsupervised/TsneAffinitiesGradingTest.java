package io.mlpath.p2.unsupervised;

import io.mlpath.datasets.Datasets;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of the t-SNE input affinities.
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code _joint_probabilities} and {@code _binary_search_perplexity}
 * (fixture {@code tsne-affinities.json}, script {@code fixtures/tsne_affinities.py}) on 12 seeded rows and on
 * Iris; Commons Math's {@code EuclideanDistance} and {@code BrentSolver} (the exact β of a two-neighbour row);
 * closed-form entropies; the definition of perplexity checked row by row.
 */
@Challenge("p2.unsupervised.tsne-affinities")
class TsneAffinitiesGradingTest {

    private static final String NATS_MISTAKE = "perplexity = exp(H) with H = −Σ p ln p in NATS; comparing an entropy "
            + "in bits (log₂) with ln(perplexity), or nats with log₂(perplexity), aims at the wrong perplexity "
            + "(30 becomes about 10.6 or 135).";
    private static final String ROW_MISTAKE = "P(j|i) = exp(−βᵢdᵢⱼ) / Σ_{l≠i} exp(−βᵢdᵢₗ): leave the point itself out "
            + "(P(i|i) = 0) and use SQUARED distances.";
    private static final String JOINT_MISTAKE = "pᵢⱼ = (P(j|i) + P(i|j)) / (2n): symmetric, zero diagonal, summing to 1.";

    private static Fixture sklearn;
    /** Largest |P(j|i) − sklearn's| any search stopping within 1e-5 nats can give (×3; from the script). */
    private static double tolerance;

    @BeforeAll
    static void load() {
        sklearn = Fixture.load(TsneAffinitiesGradingTest.class, "tsne-affinities.json");
        tolerance = sklearn.number("tolerance_conditional");
    }

    @Test
    @Points(3)
    @DisplayName("squaredDistances gives ‖xᵢ − xⱼ‖² (scipy's cdist and Commons Math): symmetric, zero diagonal, "
            + "and exact for points far from the origin")
    void squaredDistances() {
        double[][] x = sklearn.matrix("small_x");
        double[][] d = TsneAffinities.squaredDistances(x);
        ArrayAssertions.assertClose("squared distances of the 12 seeded rows", sklearn.matrix("small_sqdist"), d,
                Tolerance.relative(1e-12), "dᵢⱼ = Σₖ (xᵢₖ − xⱼₖ)², squared, not the Euclidean distance itself");
        EuclideanDistance euclid = new EuclideanDistance();
        double[][] iris = Datasets.iris().features();
        double[][] irisD = TsneAffinities.squaredDistances(iris);
        for (int i = 0; i < iris.length; i += 7) {
            for (int j = 0; j < iris.length; j += 5) {
                double e = euclid.compute(iris[i], iris[j]);
                ArrayAssertions.assertClose("Iris squared distance [" + i + "][" + j + "]", e * e, irisD[i][j],
                        Tolerance.absolute(1e-12), "dᵢⱼ = ‖xᵢ − xⱼ‖², squared");
            }
            ArrayAssertions.assertClose("Iris squared distance [" + i + "][" + i + "]", 0.0, irisD[i][i],
                    Tolerance.absolute(0), "the diagonal is exactly 0");
        }
        double[][] far = TsneAffinities.squaredDistances(new double[][] {{1e8, 0}, {1e8 + 1, 0}, {1e8, 3}});
        ArrayAssertions.assertClose("squared distances of (1e8, 0), (1e8 + 1, 0), (1e8, 3)",
                new double[][] {{0, 1, 9}, {1, 0, 10}, {9, 10, 0}}, far, Tolerance.absolute(0),
                "compute Σₖ (aₖ − bₖ)² from the differences; ‖a‖² + ‖b‖² − 2a·b cancels catastrophically");
    }

    @Test
    @Points(3)
    @DisplayName("entropy is in nats with 0·ln 0 = 0: uniform on 4 → ln 4 = 1.386294 (not 2 bits), {1} → 0, "
            + "{½, ½, 0} → ln 2")
    void entropyInNats() {
        ArrayAssertions.assertClose("entropy of {¼, ¼, ¼, ¼}", Math.log(4),
                TsneAffinities.entropy(new double[] {0.25, 0.25, 0.25, 0.25}), Tolerance.absolute(1e-12),
                NATS_MISTAKE);
        ArrayAssertions.assertClose("entropy of {1}", 0.0, TsneAffinities.entropy(new double[] {1}),
                Tolerance.absolute(1e-15), "−1·ln 1 = 0");
        ArrayAssertions.assertClose("entropy of {½, ½, 0}", Math.log(2),
                TsneAffinities.entropy(new double[] {0.5, 0.5, 0}), Tolerance.absolute(1e-12),
                "0·ln 0 is 0 by convention: skip zero probabilities instead of computing 0·(−∞) = NaN");
    }

    @Test
    @Points(4)
    @DisplayName("conditional matches scikit-learn's _binary_search_perplexity on 12 seeded rows (perplexity 4): "
            + "P(j|i) within the spread the 1e-5-nat stopping rule allows, rows summing to 1, zero diagonal")
    void conditionalMatchesSklearn() {
        double[][] p = TsneAffinities.conditional(sklearn.matrix("small_sqdist32"), sklearn.number("small_perplexity"));
        double[][] expected = sklearn.matrix("small_conditional");
        for (int i = 0; i < p.length; i++) {
            ArrayAssertions.assertClose("P(i|i) for i = " + i, 0.0, p[i][i], Tolerance.absolute(0), ROW_MISTAKE);
            double sum = 0;
            for (double v : p[i]) {
                sum += v;
            }
            ArrayAssertions.assertClose("sum of row " + i + " of P(j|i)", 1.0, sum, Tolerance.absolute(1e-12),
                    "normalise each row over j ≠ i");
        }
        ArrayAssertions.assertClose("P(j|i), seeded rows, perplexity 4", expected, p, Tolerance.absolute(tolerance),
                ROW_MISTAKE + " " + NATS_MISTAKE);
    }

    @Test
    @Points(4)
    @DisplayName("joint matches scikit-learn's _joint_probabilities on 12 seeded rows (perplexity 4) and on Iris "
            + "(perplexity 30, squared Euclidean distances)")
    void jointMatchesSklearn() {
        double[][] small = TsneAffinities.joint(sklearn.matrix("small_sqdist32"), sklearn.number("small_perplexity"));
        ArrayAssertions.assertClose("joint P, seeded rows", sklearn.matrix("small_joint"), small,
                Tolerance.absolute(tolerance / small.length), JOINT_MISTAKE + " " + NATS_MISTAKE);

        double[][] iris = Datasets.iris().features();
        int n = iris.length;
        double[][] d = new double[n][n];
        EuclideanDistance euclid = new EuclideanDistance();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double e = euclid.compute(iris[i], iris[j]);
                d[i][j] = (float) (e * e); // scikit-learn works on float32 distances
            }
        }
        double[][] p = TsneAffinities.joint(d, sklearn.number("iris_perplexity"));
        double[] condensed = sklearn.vector("iris_joint_condensed");
        double[][] expected = new double[n][n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                expected[i][j] = condensed[at];
                expected[j][i] = condensed[at];
                at++;
            }
        }
        ArrayAssertions.assertClose("joint P on Iris, perplexity 30", expected, p, Tolerance.absolute(tolerance / n),
                JOINT_MISTAKE + " " + NATS_MISTAKE);
    }

    @Test
    @Points(4)
    @DisplayName("every row hits the target perplexity: exp(Hᵢ) within a relative 1e-5 of 30 on Iris, 10 on "
            + "standardised Wine and 4 on the seeded rows")
    void everyRowHitsThePerplexity() {
        assertPerplexities("Iris", TsneAffinities.squaredDistances(Datasets.iris().features()), 30);
        assertPerplexities("Wine (standardised)", TsneAffinities.squaredDistances(standardise(
                Datasets.wine().features())), 10);
        assertPerplexities("seeded rows", sklearn.matrix("small_sqdist"), 4);
    }

    @Test
    @Points(3)
    @DisplayName("findBeta on a row with two neighbours at squared distances 1 and 9 solves H(β) = ln 1.5 "
            + "(Commons Math BrentSolver); equidistant neighbours with perplexity n − 1 give the uniform row")
    void findBetaClosedForms() {
        double[] row = {4, 0, 1, 9};
        double target = Math.log(1.5);
        double exact = new BrentSolver(1e-14).solve(200, b -> twoPointEntropy(8 * b) - target, 1e-6, 10);
        double beta = TsneAffinities.findBeta(row, 1, 1.5);
        double h = TsneAffinities.entropy(TsneAffinities.conditionalRow(row, 1, beta));
        ArrayAssertions.assertClose("entropy at your β for row {4, 0, 1, 9}, point 1 (neighbours at 4, 1, 9)",
                entropyOf(new double[] {4, 1, 9}, beta), h, Tolerance.absolute(1e-12), ROW_MISTAKE);
        double[] two = {0, 1, 9};
        double beta2 = TsneAffinities.findBeta(two, 0, 1.5);
        ArrayAssertions.assertClose("β for the row {0, 1, 9}, perplexity 1.5", exact, beta2,
                Tolerance.relative(1e-3), NATS_MISTAKE);
        ArrayAssertions.assertClose("entropy at that β", target,
                TsneAffinities.entropy(TsneAffinities.conditionalRow(two, 0, beta2)), Tolerance.absolute(1e-5),
                "stop the search when |H − ln(perplexity)| ≤ 1e-5");
        double[] equal = {2, 2, 0, 2, 2};
        double[] uniform = TsneAffinities.conditionalRow(equal, 2, TsneAffinities.findBeta(equal, 2, 4));
        ArrayAssertions.assertClose("P(·|2) for four neighbours at the same distance, perplexity 4",
                new double[] {0.25, 0.25, 0, 0.25, 0.25}, uniform, Tolerance.absolute(1e-12), ROW_MISTAKE);
    }

    @Test
    @Points(2)
    @DisplayName("joint is a symmetric distribution with a zero diagonal: on standardised Wine (perplexity 20) "
            + "pᵢⱼ = pⱼᵢ, pᵢᵢ = 0 and Σ pᵢⱼ = 1")
    void jointIsASymmetricDistribution() {
        double[][] p = TsneAffinities.joint(TsneAffinities.squaredDistances(standardise(Datasets.wine().features())),
                20);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            ArrayAssertions.assertClose("p[" + i + "][" + i + "]", 0.0, p[i][i], Tolerance.absolute(0), JOINT_MISTAKE);
            for (int j = 0; j < p.length; j++) {
                sum += p[i][j];
                if (p[i][j] != p[j][i]) {
                    throw Failure.of("joint P is not symmetric at [" + i + "][" + j + "]").expected(p[j][i])
                            .actual(p[i][j]).likelyMistake(JOINT_MISTAKE).error();
                }
            }
        }
        ArrayAssertions.assertClose("sum of all pᵢⱼ", 1.0, sum, Tolerance.absolute(1e-12),
                "divide P(j|i) + P(i|j) by 2n (not 2): the n rows of conditionals each sum to 1");
    }

    @Test
    @Points(3)
    @DisplayName("is scale-free and never 0/0: Iris multiplied by 10⁴ (squared distances up to 5·10⁹, so exp(−d) "
            + "underflows at β = 1) still gives rows summing to 1 at perplexity 30, and the same joint P")
    void largeDistancesDoNotUnderflow() {
        double[][] iris = Datasets.iris().features();
        double[][] scaled = new double[iris.length][];
        for (int i = 0; i < iris.length; i++) {
            scaled[i] = new double[iris[i].length];
            for (int k = 0; k < iris[i].length; k++) {
                scaled[i][k] = iris[i][k] * 1e4;
            }
        }
        double[][] d = TsneAffinities.squaredDistances(scaled);
        double[][] p;
        try {
            p = TsneAffinities.conditional(d, 30);
        } catch (IllegalArgumentException e) {
            throw Failure.of("conditional failed on Iris × 10⁴: " + e.getMessage())
                    .expected("rows of P(j|i)").actual(e.toString())
                    .likelyMistake("exp(−β d) underflows to 0 for every neighbour: subtract the smallest neighbour "
                            + "distance first, exp(−β (dᵢⱼ − minₗ dᵢₗ))").error();
        }
        for (int i = 0; i < p.length; i++) {
            double sum = 0;
            for (double v : p[i]) {
                sum += v;
            }
            if (!(Math.abs(sum - 1) <= 1e-12)) {
                throw Failure.of("row " + i + " of P(j|i) on Iris × 10⁴ does not sum to 1").expected(1.0).actual(sum)
                        .likelyMistake("exp(−β d) underflows to 0 for every neighbour, giving 0/0: subtract the "
                                + "smallest neighbour distance first, exp(−β (dᵢⱼ − minₗ dᵢₗ))").error();
            }
            double perplexity = Math.exp(TsneAffinities.entropy(p[i]));
            ArrayAssertions.assertClose("perplexity of row " + i + " on Iris × 10⁴", 30, perplexity,
                    Tolerance.relative(1e-5), "the search must reach β ≈ 10⁻⁸: keep halving β while H is too low");
        }
    }

    @Test
    @Points(2)
    @DisplayName("rejects a perplexity outside (1, n − 1], NaN, a non-square or negative distance matrix, NaN in x, "
            + "an index out of range, β < 0 and a p that is not a distribution, naming the bad value")
    void rejectsBadInput() {
        double[][] d = {{0, 1, 4}, {1, 0, 1}, {4, 1, 0}};
        Rejections.assertRejects("perplexity 1", () -> TsneAffinities.conditional(d, 1), "1",
                "perplexity must be > 1");
        Rejections.assertRejects("perplexity 3 for 3 points", () -> TsneAffinities.conditional(d, 3), "3",
                "perplexity must be ≤ n − 1 (there are only n − 1 neighbours)");
        Rejections.assertRejects("perplexity NaN", () -> TsneAffinities.joint(d, Double.NaN), "NaN",
                "perplexity must be a number");
        Rejections.assertRejects("a 3 × 2 distance matrix",
                () -> TsneAffinities.conditional(new double[][] {{0, 1}, {1, 0}, {2, 2}}, 1.5), "2",
                "the distance matrix must be square");
        Rejections.assertRejects("a negative squared distance",
                () -> TsneAffinities.conditional(new double[][] {{0, -1, 4}, {1, 0, 1}, {4, 1, 0}}, 1.5), "-1",
                "squared distances are ≥ 0");
        Rejections.assertRejects("x containing NaN",
                () -> TsneAffinities.squaredDistances(new double[][] {{1, 2}, {Double.NaN, 0}}), "NaN",
                "values must be finite");
        Rejections.assertRejects("ragged x", () -> TsneAffinities.squaredDistances(new double[][] {{1, 2}, {3}}),
                "1", "rows must all have the same length");
        Rejections.assertRejects("self = 3 in a row of 3", () -> TsneAffinities.conditionalRow(new double[] {0, 1, 4},
                3, 1), "3", "self must index the row");
        Rejections.assertRejects("β = -1", () -> TsneAffinities.conditionalRow(new double[] {0, 1, 4}, 0, -1), "-1",
                "β must be ≥ 0");
        Rejections.assertRejects("p summing to 0.5", () -> TsneAffinities.entropy(new double[] {0.25, 0.25}), "0.5",
                "p must sum to 1");
        Rejections.assertRejects("p with a negative entry", () -> TsneAffinities.entropy(new double[] {1.5, -0.5}),
                "-0.5", "probabilities are ≥ 0");
        Rejections.assertRejects("x = null", () -> TsneAffinities.squaredDistances(null), null, "check x for null");
    }

    // ---- helpers (the test's own, independent of the learner's code) ----

    static void assertPerplexities(String name, double[][] d, double perplexity) {
        double[][] p = TsneAffinities.conditional(d, perplexity);
        for (int i = 0; i < p.length; i++) {
            double h = 0;
            for (double v : p[i]) {
                if (v > 0) {
                    h -= v * Math.log(v);
                }
            }
            if (!(Math.abs(Math.exp(h) - perplexity) <= 1e-5 * perplexity)) {
                throw Failure.of(name + ": row " + i + " misses the target perplexity")
                        .expected(perplexity + " (relative 1e-5)").actual(Math.exp(h))
                        .line("entropy", h + " nats; ln(" + perplexity + ") = " + Math.log(perplexity)
                                + "; log₂(" + perplexity + ") = " + Math.log(perplexity) / Math.log(2))
                        .likelyMistake(NATS_MISTAKE).error();
            }
        }
    }

    /** Entropy (nats) of the two-point distribution {1, e^{−g}} / (1 + e^{−g}). */
    static double twoPointEntropy(double gap) {
        double q = Math.exp(-gap) / (1 + Math.exp(-gap));
        double p = 1 - q;
        return -(p * Math.log(p) + (q > 0 ? q * Math.log(q) : 0));
    }

    /** Entropy (nats) of P(j) ∝ exp(−β dⱼ) over the given neighbour distances. */
    static double entropyOf(double[] neighbours, double beta) {
        double min = StatUtils.min(neighbours);
        double[] w = new double[neighbours.length];
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            w[j] = Math.exp(-beta * (neighbours[j] - min));
            sum += w[j];
        }
        double h = 0;
        for (double v : w) {
            double p = v / sum;
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return h;
    }

    /** Standardises each column with its mean and population standard deviation. */
    static double[][] standardise(double[][] x) {
        int d = x[0].length;
        double[][] out = new double[x.length][d];
        for (int j = 0; j < d; j++) {
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                column[i] = x[i][j];
            }
            double mean = StatUtils.mean(column);
            double sd = Math.sqrt(StatUtils.populationVariance(column));
            for (int i = 0; i < x.length; i++) {
                out[i][j] = (x[i][j] - mean) / sd;
            }
        }
        return out;
    }

    /** Checks for rejected input, passing the learner's TODO through untouched. */
    static final class Rejections {

        private Rejections() {
        }

        static void assertRejects(String input, Runnable call, String mentions, String rule) {
            try {
                call.run();
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                if (message == null || message.isBlank() || (mentions != null && !message.contains(mentions))) {
                    throw Failure.of("the IllegalArgumentException for " + input + " does not name the bad value")
                            .expected("a message stating the rule" + (mentions == null ? "" : " and containing \""
                                    + mentions + "\""))
                            .actual(String.valueOf(message))
                            .likelyMistake("put the rule and the value in the message, e.g. \"" + rule + ", was …\"")
                            .error();
                }
                return;
            } catch (UnsupportedOperationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Failure.of(input + " was rejected with the wrong exception")
                        .expected("IllegalArgumentException (" + rule + ")")
                        .actual(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .likelyMistake("validate the input where it enters and throw IllegalArgumentException")
                        .error();
            }
            throw Failure.of(input + " was accepted")
                    .expected("IllegalArgumentException (" + rule + ")")
                    .actual("no exception")
                    .likelyMistake("validate the input where it enters: " + rule)
                    .error();
        }
    }
}
