package io.mlpath.grader.assertions;

import java.util.function.ToDoubleFunction;

/**
 * Checks an analytic gradient against central finite differences.
 *
 * <p>For each coordinate {@code i}, {@code g_i ≈ (f(x + h·e_i) − f(x − h·e_i)) / 2h}, with error
 * {@code O(h²)}. The comparison uses the relative error
 * {@code |a − n| / max(|a|, |n|, floor)}; in double precision with {@code h = 1e-6} a correct
 * gradient of a smooth function typically gives {@code < 1e-7}. Keep probe points away from
 * kinks (ReLU at 0, |x| at 0), where the two one-sided slopes differ.
 *
 * <p>{@code f} must not modify its argument; the check restores every coordinate it perturbs.
 *
 * <p>Reference: CS231n notes, "Gradient checks" (https://cs231n.github.io/neural-networks-3/).
 */
public final class GradientCheck {

    /** The step used by {@link #assertGradient}: a good default for double precision. */
    public static final double DEFAULT_STEP = 1e-6;

    /** Below this magnitude both gradients count as zero: relative error is measured against it. */
    private static final double FLOOR = 1e-10;

    private GradientCheck() {
    }

    /** The central-difference gradient of {@code f} at {@code x} with step {@code h}. */
    public static double[] numericGradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        double[] point = x.clone();
        double[] gradient = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double saved = point[i];
            point[i] = saved + h;
            double plus = f.applyAsDouble(point);
            point[i] = saved - h;
            double minus = f.applyAsDouble(point);
            point[i] = saved;
            gradient[i] = (plus - minus) / (2 * h);
        }
        return gradient;
    }

    /** {@code |a − n| / max(|a|, |n|, 1e-10)}. */
    public static double relativeError(double analytic, double numeric) {
        return Math.abs(analytic - numeric) / Math.max(FLOOR, Math.max(Math.abs(analytic), Math.abs(numeric)));
    }

    /**
     * Fails when any coordinate's relative error exceeds {@code maxRelativeError}, naming the
     * coordinate, both derivatives and the error.
     */
    public static void assertGradient(String what, ToDoubleFunction<double[]> f, double[] x, double[] analytic,
                                      double maxRelativeError, String likelyMistake) {
        if (analytic == null || analytic.length != x.length) {
            throw Failure.of(what + " has the wrong length")
                    .line("expected", x.length + " partial derivatives (one per parameter)")
                    .line("actual", analytic == null ? "null" : analytic.length + " values")
                    .likelyMistake(likelyMistake).error();
        }
        double[] numeric = numericGradient(f, x, DEFAULT_STEP);
        for (int i = 0; i < x.length; i++) {
            double error = relativeError(analytic[i], numeric[i]);
            if (!(error <= maxRelativeError)) {
                throw Failure.of(what + ": received derivative " + analytic[i] + " at [" + i
                                + "] but the central difference gives " + numeric[i])
                        .line("expected", Formats.number(numeric[i]) + " (central difference, h = " + DEFAULT_STEP + ")")
                        .line("actual", Formats.number(analytic[i]))
                        .line("rel. error", Formats.number(error) + " (allowed: " + maxRelativeError + ")")
                        .likelyMistake(likelyMistake).error();
            }
        }
    }
}
