package io.mlpath.grader.assertions;

/**
 * How far an actual value may be from the expected one.
 *
 * <p>{@link #absolute(double)} accepts {@code |actual - expected| <= eps}; {@link #relative(double)}
 * accepts {@code |actual - expected| <= eps * max(|expected|, |actual|)}, which suits values whose
 * scale varies. Two NaNs are equal; NaN never equals a number; infinities equal only themselves.
 *
 * @param kind     "absolute" or "relative"
 * @param epsilon  the bound, finite and non-negative
 */
public record Tolerance(String kind, double epsilon) {

    /** Validates the bound. */
    public Tolerance {
        if (!"absolute".equals(kind) && !"relative".equals(kind)) {
            throw new IllegalArgumentException("tolerance kind must be absolute or relative, was " + kind);
        }
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + epsilon);
        }
    }

    /** {@code |actual - expected| <= epsilon}. */
    public static Tolerance absolute(double epsilon) {
        return new Tolerance("absolute", epsilon);
    }

    /** {@code |actual - expected| <= epsilon * max(|expected|, |actual|)}. */
    public static Tolerance relative(double epsilon) {
        return new Tolerance("relative", epsilon);
    }

    /** Whether {@code actual} is close enough to {@code expected}. */
    public boolean accepts(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return expected == actual;
        }
        double diff = Math.abs(actual - expected);
        double bound = "absolute".equals(kind) ? epsilon : epsilon * Math.max(Math.abs(expected), Math.abs(actual));
        return diff <= bound;
    }

    @Override
    public String toString() {
        return kind + " " + epsilon;
    }
}
