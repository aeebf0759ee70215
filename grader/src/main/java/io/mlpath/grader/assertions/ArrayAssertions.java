package io.mlpath.grader.assertions;

/**
 * Compares numbers, vectors and matrices within a {@link Tolerance}, reporting the first place
 * they differ.
 *
 * <p>Every method takes {@code what} (the quantity, as the learner knows it: "projected row 3")
 * and {@code likelyMistake} (what usually causes this failure; may be null), and fails with a
 * message that gives expected, actual, where they differ, the difference against the rule and
 * the likely mistake.
 *
 * <pre>{@code
 * ArrayAssertions.assertClose("explained variance ratio", expected, pca.explainedVarianceRatio(),
 *         Tolerance.absolute(1e-9), "is the variance divided by n - 1, as for the covariance?");
 * }</pre>
 */
public final class ArrayAssertions {

    private ArrayAssertions() {
    }

    /** Fails unless {@code actual} is within {@code tolerance} of {@code expected}. */
    public static void assertClose(String what, double expected, double actual, Tolerance tolerance,
                                   String likelyMistake) {
        if (!tolerance.accepts(expected, actual)) {
            throw Failure.of(what + " differs")
                    .expected(expected).actual(actual)
                    .line("difference", Formats.difference(expected, actual, tolerance))
                    .likelyMistake(likelyMistake).error();
        }
    }

    /** Fails unless both vectors have the same length and every component is within tolerance. */
    public static void assertClose(String what, double[] expected, double[] actual, Tolerance tolerance,
                                   String likelyMistake) {
        if (actual == null) {
            throw Failure.of(what + " was null").expected(expected).actual(null).likelyMistake(likelyMistake).error();
        }
        if (expected.length != actual.length) {
            throw Failure.of(what + " has the wrong length")
                    .line("expected", expected.length + " values")
                    .line("actual", actual.length + " values " + Formats.array(actual))
                    .likelyMistake(likelyMistake).error();
        }
        for (int i = 0; i < expected.length; i++) {
            if (!tolerance.accepts(expected[i], actual[i])) {
                throw Failure.of(what + " differs at [" + i + "]")
                        .line("expected", Formats.number(expected[i]))
                        .line("actual", Formats.number(actual[i]))
                        .line("difference", Formats.difference(expected[i], actual[i], tolerance))
                        .line("all expected", Formats.array(expected))
                        .line("all actual", Formats.array(actual))
                        .likelyMistake(likelyMistake).error();
            }
        }
    }

    /** Fails unless both matrices have the same shape and every entry is within tolerance. */
    public static void assertClose(String what, double[][] expected, double[][] actual, Tolerance tolerance,
                                   String likelyMistake) {
        if (actual == null) {
            throw Failure.of(what + " was null").likelyMistake(likelyMistake).error();
        }
        if (expected.length != actual.length) {
            throw Failure.of(what + " has the wrong number of rows")
                    .line("expected", expected.length + " rows")
                    .line("actual", actual.length + " rows")
                    .likelyMistake(likelyMistake).error();
        }
        for (int i = 0; i < expected.length; i++) {
            if (actual[i] == null || actual[i].length != expected[i].length) {
                throw Failure.of(what + " row " + i + " has the wrong length")
                        .line("expected", expected[i].length + " columns")
                        .line("actual", actual[i] == null ? "null" : actual[i].length + " columns")
                        .likelyMistake(likelyMistake).error();
            }
            for (int j = 0; j < expected[i].length; j++) {
                if (!tolerance.accepts(expected[i][j], actual[i][j])) {
                    throw Failure.of(what + " differs at [" + i + "][" + j + "]")
                            .line("expected", Formats.number(expected[i][j]))
                            .line("actual", Formats.number(actual[i][j]))
                            .line("difference", Formats.difference(expected[i][j], actual[i][j], tolerance))
                            .line("row expected", Formats.array(expected[i]))
                            .line("row actual", Formats.array(actual[i]))
                            .likelyMistake(likelyMistake).error();
                }
            }
        }
    }
}
