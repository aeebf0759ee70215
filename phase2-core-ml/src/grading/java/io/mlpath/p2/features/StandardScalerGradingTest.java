package io.mlpath.p2.features;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlpath.datasets.Datasets;
import io.mlpath.datasets.MixedData;
import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Failure;
import io.mlpath.grader.assertions.Tolerance;
import io.mlpath.grader.fixtures.Fixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of the standard scaler, and the helpers the other preprocessing tests share
 * ({@link Checks}).
 *
 * <p>Oracles: scikit-learn 1.2.1's {@code StandardScaler} on Palmer Penguins, fitted on the rows of
 * 2007–2008 and applied to the rows of 2009 (fixture {@code preprocessing-penguins.json}, written by
 * {@code phase2-core-ml/fixtures/preprocessing_penguins.py}); closed forms on small matrices.
 */
@Challenge("p2.features.preprocessing")
class StandardScalerGradingTest {

    private static final String ZERO_VARIANCE = "A constant column has σ = 0: dividing by it gives 0/0 = NaN. Give a "
            + "column whose training values are all equal the scale 1, so it maps to 0";
    private static final String FIT_ONCE = "Transform must use the mean and σ learned by fit on the training rows, "
            + "never statistics of the rows it is given";

    @Test
    @Points(4)
    @DisplayName("on Palmer Penguins fitted on 2007–2008, the mean, the population σ and the standardised 2009 rows "
            + "equal scikit-learn's StandardScaler")
    void matchesSklearnOnPenguins() {
        Checks.Penguins penguins = Checks.penguins();
        StandardScaler scaler = new StandardScaler().fit(penguins.trainImputed());

        ArrayAssertions.assertClose("mean() after fit on the 224 training rows", penguins.fixture().vector(
                "standard_mean"), scaler.mean(), Tolerance.relative(1e-12), "μⱼ = (1/n) Σᵢ xᵢⱼ over the training rows");
        ArrayAssertions.assertClose("scale() after fit on the 224 training rows", penguins.fixture().vector(
                "standard_scale"), scaler.scale(), Tolerance.relative(1e-12),
                "σⱼ is the population standard deviation √((1/n) Σ (xᵢⱼ − μⱼ)²), dividing by n, not n − 1");
        ArrayAssertions.assertClose("transform of the 120 rows of 2009", penguins.fixture().matrix("test_standardised"),
                scaler.transform(penguins.testImputed()), Tolerance.absolute(1e-12), FIT_ONCE);
    }

    @Test
    @Points(3)
    @DisplayName("maps a zero-variance column to 0, not NaN: year is constant within 2009 and scikit-learn gives it "
            + "scale 1 and output 0; {5, 5, 5} becomes {0, 0, 0}")
    void constantColumnBecomesZero() {
        Checks.Penguins penguins = Checks.penguins();
        double[][] rows = new double[penguins.testImputed().length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOf(penguins.testImputed()[i], 5);
            rows[i][4] = 2009;
        }
        StandardScaler scaler = new StandardScaler().fit(rows);
        ArrayAssertions.assertClose("scale() with the constant year column last",
                penguins.fixture().vector("constant_year_scale"), scaler.scale(), Tolerance.relative(1e-12),
                ZERO_VARIANCE);
        ArrayAssertions.assertClose("transform of the 2009 rows with their constant year column",
                penguins.fixture().matrix("constant_year_transformed"), scaler.transform(rows),
                Tolerance.absolute(1e-12), ZERO_VARIANCE);

        double[][] constant = {{5, 1}, {5, 2}, {5, 3}};
        double[][] z = new StandardScaler().fit(constant).transform(constant);
        ArrayAssertions.assertClose("column 0 of transform({{5, 1}, {5, 2}, {5, 3}})", new double[] {0, 0, 0},
                Checks.column(z, 0), Tolerance.absolute(0), ZERO_VARIANCE);
    }

    @Test
    @Points(2)
    @DisplayName("decides 'constant' from the data, not from a computed σ == 0: ten copies of 0.1 (computed σ = "
            + "1.4e-17) still map to 0")
    void nearlyZeroComputedSigmaStillCountsAsConstant() {
        double[][] x = new double[10][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {0.1, i};
        }
        StandardScaler scaler = new StandardScaler().fit(x);
        ArrayAssertions.assertClose("column 0 (ten copies of 0.1) after transform", new double[10],
                Checks.column(scaler.transform(x), 0), Tolerance.absolute(1e-12),
                "0.1 summed ten times is 0.9999999999999999, so the computed mean is 0.09999999999999999 and the "
                        + "computed σ is 1.4e-17, not 0: every row becomes ±1. Test whether all training values "
                        + "of the column are equal, and use scale 1 then");
        ArrayAssertions.assertClose("scale()[0] of a column of equal values", 1.0, scaler.scale()[0],
                Tolerance.absolute(0), "a constant column gets the scale 1");
    }

    @Test
    @Points(2)
    @DisplayName("divides by n, not n − 1: {0, 2} has σ = 1 and standardises to {−1, 1}")
    void populationStandardDeviation() {
        double[][] x = {{0}, {2}};
        StandardScaler scaler = new StandardScaler().fit(x);
        ArrayAssertions.assertClose("scale() of {0, 2}", new double[] {1}, scaler.scale(), Tolerance.absolute(1e-15),
                "the population σ = √((1/n) Σ (x − μ)²) = 1; dividing by n − 1 gives √2, which is not "
                        + "scikit-learn's convention");
        ArrayAssertions.assertClose("transform({0, 2})", new double[][] {{-1}, {1}}, scaler.transform(x),
                Tolerance.absolute(1e-15), "z = (x − μ)/σ with μ = 1, σ = 1");
    }

    @Test
    @Points(3)
    @DisplayName("fits once and transforms elsewhere: after fit on {0, 2, 4}, the new row 10 maps to (10 − 2)/σ; "
            + "fitting again replaces the statistics")
    void transformUsesTheFittedStatistics() {
        StandardScaler scaler = new StandardScaler().fit(new double[][] {{0}, {2}, {4}});
        double sigma = Math.sqrt(8.0 / 3.0);
        ArrayAssertions.assertClose("transform({{10}}) after fit on {{0}, {2}, {4}}", new double[][] {{8 / sigma}},
                scaler.transform(new double[][] {{10}}), Tolerance.absolute(1e-12),
                FIT_ONCE + ": a single row standardised with its own mean always gives 0");
        ArrayAssertions.assertClose("transform({{10}, {20}}) after fit on {{0}, {2}, {4}}",
                new double[][] {{8 / sigma}, {18 / sigma}}, scaler.transform(new double[][] {{10}, {20}}),
                Tolerance.absolute(1e-12), FIT_ONCE);

        scaler.fit(new double[][] {{100}, {300}});
        ArrayAssertions.assertClose("mean() after a second fit on {{100}, {300}}", new double[] {200}, scaler.mean(),
                Tolerance.absolute(1e-12), "fit must replace the statistics, not combine them with the old ones");
        ArrayAssertions.assertClose("transform({{400}}) after a second fit on {{100}, {300}}", new double[][] {{2}},
                scaler.transform(new double[][] {{400}}), Tolerance.absolute(1e-12),
                "after the second fit μ = 200 and σ = 100");
    }

    @Test
    @Points(2)
    @DisplayName("keeps its own copies and leaves inputs alone: changing the training array after fit, or the array "
            + "mean() returned, changes nothing; transform does not write into its argument")
    void keepsCopiesAndLeavesInputsAlone() {
        double[][] train = {{1, 10}, {3, 30}};
        StandardScaler scaler = new StandardScaler().fit(train);
        train[0][0] = 1000;
        scaler.mean()[0] = -1;
        scaler.scale()[0] = -1;
        ArrayAssertions.assertClose("mean() after the caller changed the training array and mean()'s result",
                new double[] {2, 20}, scaler.mean(), Tolerance.absolute(0),
                "copy what you keep: fit must not hold on to the caller's arrays, and mean()/scale() return copies");
        double[][] query = {{3, 30}};
        double[][] z = scaler.transform(query);
        ArrayAssertions.assertClose("transform({{3, 30}})", new double[][] {{1, 1}}, z, Tolerance.absolute(1e-12),
                "μ = (2, 20), σ = (1, 10)");
        ArrayAssertions.assertClose("the argument of transform after the call", new double[][] {{3, 30}}, query,
                Tolerance.absolute(0), "transform must return a new array and leave its input unchanged");
    }

    @Test
    @Points(2)
    @DisplayName("inverseTransform undoes transform on the 2009 penguins, constant columns included")
    void inverseTransformRoundTrips() {
        Checks.Penguins penguins = Checks.penguins();
        double[][] rows = new double[penguins.testImputed().length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOf(penguins.testImputed()[i], 5);
            rows[i][4] = 2009;
        }
        StandardScaler scaler = new StandardScaler().fit(penguins.trainImputed());
        ArrayAssertions.assertClose("inverseTransform(transform(x)) on the 2009 rows", penguins.testImputed(),
                scaler.inverseTransform(scaler.transform(penguins.testImputed())), Tolerance.absolute(1e-9),
                "inverseTransform is z · scale + mean with the fitted numbers");
        StandardScaler withYear = new StandardScaler().fit(rows);
        ArrayAssertions.assertClose("inverseTransform(transform(x)) with a constant year column", rows,
                withYear.inverseTransform(withYear.transform(rows)), Tolerance.absolute(1e-9),
                "a constant column has scale 1, so z · 1 + mean restores it");
    }

    @Test
    @Points(2)
    @DisplayName("rejects null, empty, ragged, NaN and infinite input with an IllegalArgumentException naming the "
            + "value, and transform rows of the wrong width")
    void rejectsBadInput() {
        StandardScaler scaler = new StandardScaler();
        Checks.rejects("x = null", () -> scaler.fit(null), null, "x must not be null");
        Checks.rejects("x with no rows", () -> scaler.fit(new double[0][]), null, "x needs at least one row");
        Checks.rejects("ragged x (row 1 has 1 value, row 0 has 2)", () -> scaler.fit(new double[][] {{1, 2}, {3}}),
                "1", "every row must have the same length");
        Checks.rejects("x containing NaN", () -> scaler.fit(new double[][] {{1, 2}, {Double.NaN, 4}}), "NaN",
                "values must be finite: impute missing values first");
        Checks.rejects("x containing Infinity", () -> scaler.fit(new double[][] {{1, Double.POSITIVE_INFINITY}}),
                "Infinity", "values must be finite");
        StandardScaler fitted = new StandardScaler().fit(new double[][] {{1, 2}, {3, 4}});
        Checks.rejects("a row of width 3 after fitting on width 2",
                () -> fitted.transform(new double[][] {{1, 2, 3}}), "3", "rows must have the training width");
        Checks.rejects("NaN in transform", () -> fitted.transform(new double[][] {{1, Double.NaN}}), "NaN",
                "values must be finite: impute missing values first");
    }

    @Test
    @Points(1)
    @DisplayName("refuses transform, inverseTransform, mean() and scale() before fit with an IllegalStateException")
    void refusesUseBeforeFit() {
        Checks.notFitted("transform before fit", () -> new StandardScaler().transform(new double[][] {{1}}));
        Checks.notFitted("inverseTransform before fit", () -> new StandardScaler().inverseTransform(
                new double[][] {{1}}));
        Checks.notFitted("mean() before fit", () -> new StandardScaler().mean());
        Checks.notFitted("scale() before fit", () -> new StandardScaler().scale());
    }

    /** Helpers of the preprocessing tests: the penguins fixture, column access, rejection checks. */
    static final class Checks {

        private static Penguins penguins;

        private Checks() {
        }

        /**
         * Palmer Penguins split by year, with scikit-learn's fixture.
         *
         * @param trainNumeric     rows of 2007–2008, bill length, bill depth, flipper length, body mass (NaN kept)
         * @param testNumeric      rows of 2009, same columns (NaN kept)
         * @param trainImputed     training rows with NaN replaced by scikit-learn's mean statistics
         * @param testImputed      scikit-learn's mean-imputed rows of 2009
         * @param trainCategorical species, island, sex of the training rows (null kept)
         * @param testCategorical  the same for the rows of 2009
         * @param categorical      species, island, sex of all 344 rows
         * @param fixture          the scikit-learn fixture
         */
        record Penguins(double[][] trainNumeric, double[][] testNumeric, double[][] trainImputed,
                        double[][] testImputed, String[][] trainCategorical, String[][] testCategorical,
                        String[][] categorical, Fixture fixture) {

            // Every accessor hands out a copy, so code that writes into its input cannot spoil later tests.

            @Override
            public double[][] trainNumeric() {
                return deepCopy(trainNumeric);
            }

            @Override
            public double[][] testNumeric() {
                return deepCopy(testNumeric);
            }

            @Override
            public double[][] trainImputed() {
                return deepCopy(trainImputed);
            }

            @Override
            public double[][] testImputed() {
                return deepCopy(testImputed);
            }

            @Override
            public String[][] trainCategorical() {
                return deepCopy(trainCategorical);
            }

            @Override
            public String[][] testCategorical() {
                return deepCopy(testCategorical);
            }

            @Override
            public String[][] categorical() {
                return deepCopy(categorical);
            }
        }

        static synchronized Penguins penguins() {
            if (penguins == null) {
                MixedData data = Datasets.penguins();
                Fixture fixture = Fixture.load(StandardScalerGradingTest.class, "preprocessing-penguins.json");
                double[] means = fixture.vector("mean_statistics");
                List<double[]> trainNumeric = new ArrayList<>();
                List<double[]> testNumeric = new ArrayList<>();
                List<double[]> trainImputed = new ArrayList<>();
                List<String[]> trainCategorical = new ArrayList<>();
                List<String[]> testCategorical = new ArrayList<>();
                int year = data.numericColumns().indexOf("year");
                for (int i = 0; i < data.size(); i++) {
                    double[] numeric = Arrays.copyOf(data.numeric()[i], 4);
                    String[] categorical = data.categorical()[i].clone();
                    if (data.numeric()[i][year] <= 2008) {
                        trainNumeric.add(numeric);
                        double[] imputed = numeric.clone();
                        for (int j = 0; j < imputed.length; j++) {
                            imputed[j] = Double.isNaN(imputed[j]) ? means[j] : imputed[j];
                        }
                        trainImputed.add(imputed);
                        trainCategorical.add(categorical);
                    } else {
                        testNumeric.add(numeric);
                        testCategorical.add(categorical);
                    }
                }
                if (trainNumeric.size() != (int) fixture.number("train_rows")
                        || testNumeric.size() != (int) fixture.number("test_rows")) {
                    throw new IllegalStateException("the penguins split does not match the fixture: "
                            + trainNumeric.size() + "/" + testNumeric.size() + " rows");
                }
                penguins = new Penguins(trainNumeric.toArray(double[][]::new), testNumeric.toArray(double[][]::new),
                        trainImputed.toArray(double[][]::new), fixture.matrix("test_mean_imputed"),
                        trainCategorical.toArray(String[][]::new), testCategorical.toArray(String[][]::new),
                        deepCopy(data.categorical()), fixture);
            }
            return penguins;
        }

        /** A fixture field holding an array of arrays of strings. */
        static String[][] strings(Fixture fixture, String field) {
            JsonNode node = fixture.json().get(field);
            String[][] rows = new String[node.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new String[node.get(i).size()];
                for (int j = 0; j < rows[i].length; j++) {
                    rows[i][j] = node.get(i).get(j).asText();
                }
            }
            return rows;
        }

        /** A fixture field holding an array of strings. */
        static String[] stringVector(Fixture fixture, String field) {
            JsonNode node = fixture.json().get(field);
            String[] values = new String[node.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = node.get(i).asText();
            }
            return values;
        }

        static double[] column(double[][] x, int j) {
            double[] values = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                values[i] = x[i][j];
            }
            return values;
        }

        static double[][] deepCopy(double[][] x) {
            double[][] copy = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                copy[i] = x[i].clone();
            }
            return copy;
        }

        static String[][] deepCopy(String[][] x) {
            String[][] copy = new String[x.length][];
            for (int i = 0; i < x.length; i++) {
                copy[i] = x[i].clone();
            }
            return copy;
        }

        /** Fails unless {@code actual} equals {@code expected} cell for cell, naming the first difference. */
        static void assertSameStrings(String what, String[][] expected, String[][] actual, String likelyMistake) {
            if (actual == null || actual.length != expected.length) {
                throw Failure.of(what + " has the wrong number of rows")
                        .expected(expected.length + " rows")
                        .actual(actual == null ? "null" : actual.length + " rows")
                        .likelyMistake(likelyMistake).error();
            }
            for (int i = 0; i < expected.length; i++) {
                if (!Arrays.equals(expected[i], actual[i])) {
                    throw Failure.of(what + " differs in row " + i)
                            .expected(Arrays.toString(expected[i]))
                            .actual(Arrays.toString(actual[i]))
                            .likelyMistake(likelyMistake).error();
                }
            }
        }

        /** Fails unless {@code call} throws an IllegalArgumentException whose message mentions {@code mentions}. */
        static void rejects(String input, Runnable call, String mentions, String rule) {
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

        /** Fails unless {@code action} throws an IllegalStateException (used before fit). */
        static void notFitted(String call, Runnable action) {
            try {
                action.run();
            } catch (IllegalStateException e) {
                return;
            } catch (UnsupportedOperationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Failure.of(call + " threw the wrong exception")
                        .expected("IllegalStateException (not fitted)")
                        .actual(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .likelyMistake("check that fit has run before using the fitted statistics").error();
            }
            throw Failure.of(call + " did not fail")
                    .expected("IllegalStateException (not fitted)")
                    .actual("no exception")
                    .likelyMistake("check that fit has run before using the fitted statistics").error();
        }
    }
}
