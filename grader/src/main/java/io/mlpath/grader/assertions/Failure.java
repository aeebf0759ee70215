package io.mlpath.grader.assertions;

import org.opentest4j.AssertionFailedError;

/**
 * Builds every failure message of the assertion helpers in one place, so they all read alike:
 * what differs and where, expected, actual, the difference against the rule, and the likely
 * mistake.
 *
 * <pre>
 * explained variance ratio differs at [1]
 *   expected:   0.0530
 *   actual:     0.0492
 *   difference: 0.0038 (allowed: absolute 1.0E-9)
 *   likely mistake: is the data centred before the covariance?
 * </pre>
 */
public final class Failure {

    private final StringBuilder text = new StringBuilder();
    private Object expected;
    private Object actual;

    private Failure(String headline) {
        text.append(headline);
    }

    /** Starts a message with its first line, e.g. {@code "weights differ at [2][0]"}. */
    public static Failure of(String headline) {
        return new Failure(headline);
    }

    /** Adds the expected value (also handed to IDEs for a diff view). */
    public Failure expected(Object value) {
        this.expected = value;
        return line("expected", render(value));
    }

    /** Adds the actual value (also handed to IDEs for a diff view). */
    public Failure actual(Object value) {
        this.actual = value;
        return line("actual", render(value));
    }

    /** Adds one labelled line, e.g. {@code line("difference", "0.25 (allowed: absolute 1e-9)")}. */
    public Failure line(String label, String value) {
        text.append(System.lineSeparator()).append("  ").append(label).append(':');
        text.append(" ".repeat(Math.max(1, 11 - label.length()))).append(value);
        return this;
    }

    /** Adds the likely mistake, when one is known (null or blank adds nothing). */
    public Failure likelyMistake(String mistake) {
        if (mistake != null && !mistake.isBlank()) {
            text.append(System.lineSeparator()).append("  likely mistake: ").append(mistake);
        }
        return this;
    }

    /** The message as it will be shown. */
    public String message() {
        return text.toString();
    }

    /** The assertion error to throw. */
    public AssertionFailedError error() {
        return expected == null && actual == null
                ? new AssertionFailedError(message())
                : new AssertionFailedError(message(), expected, actual);
    }

    static String render(Object value) {
        if (value instanceof double[] array) {
            return Formats.array(array);
        }
        return String.valueOf(value);
    }
}
