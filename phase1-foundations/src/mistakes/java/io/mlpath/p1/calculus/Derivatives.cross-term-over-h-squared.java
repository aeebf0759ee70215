// Known mistake: the off-diagonal Hessian stencil is divided by h² instead of 4h², making every mixed partial 4 times too large.
package io.mlpath.p1.calculus;

import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Numerical derivatives by central differences: the derivative of {@code f: ℝ → ℝ}, the gradient
 * and the Hessian of {@code f: ℝⁿ → ℝ}, and the Jacobian of {@code f: ℝⁿ → ℝᵐ}, for functions
 * given only as code.
 *
 * <h2>The maths</h2>
 * Taylor's theorem gives {@code f(x ± h) = f(x) ± h f'(x) + h²/2 f''(x) ± h³/6 f'''(x) + O(h⁴)}.
 * Subtracting the two expansions cancels the even terms:
 * <pre>
 *   f'(x) ≈ (f(x + h) − f(x − h)) / 2h        error  h²/6 · f'''(x) + O(h⁴)     (central)
 *   f'(x) ≈ (f(x + h) − f(x)) / h             error  h/2 · f''(x)  + O(h²)      (forward: do not use)
 * </pre>
 * The central difference is <b>second-order</b>: halving {@code h} divides the error by about 4,
 * where the forward difference only halves it. It is exact (up to rounding) for polynomials of
 * degree 2. In {@code n} dimensions, with {@code e_i} the {@code i}-th unit vector:
 * <ul>
 *   <li><b>gradient</b> of {@code f: ℝⁿ → ℝ}: {@code g_i = (f(x + h e_i) − f(x − h e_i)) / 2h}
 *       ({@code 2n} evaluations);</li>
 *   <li><b>Jacobian</b> of {@code f: ℝⁿ → ℝᵐ}: the {@code m × n} matrix
 *       {@code J[i][j] = ∂f_i/∂x_j}; column {@code j} is {@code (f(x + h e_j) − f(x − h e_j)) / 2h},
 *       so row {@code i} is the gradient of output {@code i};</li>
 *   <li><b>Hessian</b> of {@code f: ℝⁿ → ℝ}: the symmetric {@code n × n} matrix
 *       {@code H[i][j] = ∂²f/∂x_i∂x_j}, with
 *       <pre>
 *   H[i][i] = (f(x + h e_i) − 2 f(x) + f(x − h e_i)) / h²
 *   H[i][j] = (f(x + h e_i + h e_j) − f(x + h e_i − h e_j) − f(x − h e_i + h e_j) + f(x − h e_i − h e_j)) / 4h²
 *       </pre>
 *       both with error {@code O(h²)}; the off-diagonal stencil is symmetric in {@code i, j}, so
 *       {@code H[i][j]} and {@code H[j][i]} agree.</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * Derivatives.derivative(x -> x * x * x, 2, 0.1);    // (2.1³ − 1.9³) / 0.2 = 12.01   (exact: 12, error h² = 0.01)
 * Derivatives.derivative(x -> x * x * x, 2, 0.05);   // 12.0025                      (error 0.0025: 4× smaller)
 * // forward differences would give 12.61 and 12.3025: the error only halves
 *
 * ToDoubleFunction<double[]> f = p -> p[0] * p[0] * p[1] + p[1] * p[1] * p[1];   // x²y + y³
 * Derivatives.gradient(f, new double[] {1, 2}, 1e-5);   // ≈ [4, 13]              = (2xy, x² + 3y²)
 * Derivatives.hessian(f, new double[] {1, 2}, 1e-4);    // ≈ [[4, 2], [2, 12]]    = [[2y, 2x], [2x, 6y]]
 * Derivatives.jacobian(p -> new double[] {p[0] * p[1], p[0] + p[1], Math.sin(p[0])},
 *         new double[] {2, 3}, 1e-5);                   // ≈ [[3, 2], [1, 1], [cos 2, 0]]   (3 outputs × 2 inputs)
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>The step trades truncation for rounding. The difference {@code f(x + h) − f(x − h)}
 *       carries a rounding error of about {@code ε|f|} (machine {@code ε ≈ 2.2e-16}), which the
 *       division by {@code 2h} amplifies: the total error {@code ≈ h²|f'''|/6 + ε|f|/h} is
 *       smallest near {@code h ≈ ε^(1/3) ≈ 1e-5} (times the scale of {@code x}). For second
 *       derivatives the rounding term is {@code ε|f|/h²}, so {@code h ≈ ε^(1/4) ≈ 1e-4}. A tiny
 *       step such as {@code 1e-12} returns noise, not a better derivative.</li>
 *   <li>{@code h} is an absolute step: evaluate at exactly {@code x ± h}, not at {@code x(1 ± h)}.</li>
 *   <li>The caller's {@code x} must be unchanged, bit for bit, when a method returns. Perturb a
 *       copy; if you perturb an array in place, restore each coordinate from its saved value,
 *       never by arithmetic ({@code x + h − h} need not equal {@code x} in floating point). The
 *       function {@code f} must not modify the array it is given.</li>
 *   <li>Differences across a kink (|x| at 0, ReLU at 0) average the two one-sided slopes; keep
 *       probe points away from kinks.</li>
 * </ul>
 *
 * <p>References: J. Nocedal and S. J. Wright, <i>Numerical Optimization</i>, 2nd ed. (2006), §8.1
 * (finite-difference derivative approximations); W. H. Press et al., <i>Numerical Recipes</i>,
 * 3rd ed. (2007), §5.7 (numerical derivatives); M. P. Deisenroth, A. A. Faisal and C. S. Ong,
 * <i>Mathematics for Machine Learning</i> (2020), §5.1–5.3.
 */
public final class Derivatives {

    private Derivatives() {
    }

    /**
     * The central-difference derivative {@code (f(x + h) − f(x − h)) / 2h}.
     *
     * <p>Example: {@code derivative(x -> x * x * x, 2, 0.1)} is {@code 12.01}; with
     * {@code h = 0.05} it is {@code 12.0025} (the exact derivative is 12).
     *
     * @param f a function of one variable
     * @param x the point, finite
     * @param h the step, finite and {@code > 0} (about {@code 1e-5} for a smooth {@code f} of scale 1)
     * @return the approximate derivative {@code f'(x)}
     * @throws IllegalArgumentException if {@code f} is null, {@code x} is not finite, or {@code h}
     *                                  is not finite and positive; the message names the bad value
     */
    public static double derivative(DoubleUnaryOperator f, double x, double h) {
        requireFunction(f);
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be finite, was " + x);
        }
        requireStep(h);
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /**
     * The central-difference gradient: {@code g_i = (f(x + h e_i) − f(x − h e_i)) / 2h} for each
     * coordinate {@code i}.
     *
     * <p>Example: for {@code f(x, y) = x²y + y³}, {@code gradient(f, {1, 2}, 1e-5)} is
     * {@code [4, 13]} to about 1e-9.
     *
     * @param f a function of {@code n} variables
     * @param x the point: at least one coordinate, all finite; unchanged when this returns
     * @param h the step, finite and {@code > 0}
     * @return the {@code n} partial derivatives
     * @throws IllegalArgumentException if {@code f} or {@code x} is null, {@code x} is empty or not
     *                                  finite, or {@code h} is not finite and positive
     */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        requireFunction(f);
        double[] point = requirePoint(x);
        requireStep(h);
        double[] g = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            double saved = point[i];
            point[i] = saved + h;
            double plus = f.applyAsDouble(point);
            point[i] = saved - h;
            double minus = f.applyAsDouble(point);
            point[i] = saved;
            g[i] = (plus - minus) / (2 * h);
        }
        return g;
    }

    /**
     * The central-difference Jacobian of a vector function: the {@code m × n} matrix with
     * {@code J[i][j] = ∂f_i/∂x_j ≈ (f_i(x + h e_j) − f_i(x − h e_j)) / 2h}, one row per output.
     *
     * <p>Example: for {@code f(x, y) = (xy, x + y, sin x)} at {@code (2, 3)} the result is
     * {@code [[3, 2], [1, 1], [cos 2, 0]]} (3 rows, 2 columns).
     *
     * @param f a function from {@code n} to {@code m ≥ 1} values; it must return the same number
     *          of values at every point
     * @param x the point: at least one coordinate, all finite; unchanged when this returns
     * @param h the step, finite and {@code > 0}
     * @return the {@code m × n} Jacobian
     * @throws IllegalArgumentException if {@code f} or {@code x} is null, {@code x} is empty or not
     *                                  finite, {@code h} is not finite and positive, or {@code f}
     *                                  returns null, no values, or different numbers of values at
     *                                  different points (the message names both counts)
     */
    public static double[][] jacobian(Function<double[], double[]> f, double[] x, double h) {
        requireFunction(f);
        double[] point = requirePoint(x);
        requireStep(h);
        int n = point.length;
        double[][] j = null;
        for (int c = 0; c < n; c++) {
            double saved = point[c];
            point[c] = saved + h;
            double[] plus = output(f, point, "x + h·e_" + c);
            point[c] = saved - h;
            double[] minus = output(f, point, "x - h·e_" + c);
            point[c] = saved;
            if (j == null) {
                j = new double[plus.length][n];
            }
            if (plus.length != j.length || minus.length != j.length) {
                int other = plus.length != j.length ? plus.length : minus.length;
                throw new IllegalArgumentException("f must return the same number of values at every point: "
                        + j.length + " at x + h·e_0, " + other + " at x ± h·e_" + c);
            }
            for (int r = 0; r < j.length; r++) {
                j[r][c] = (plus[r] - minus[r]) / (2 * h);
            }
        }
        return j;
    }

    /**
     * The central-difference Hessian: {@code H[i][i] = (f(x + h e_i) − 2f(x) + f(x − h e_i)) / h²}
     * and, for {@code i ≠ j}, {@code H[i][j] = (f(x + h e_i + h e_j) − f(x + h e_i − h e_j)
     * − f(x − h e_i + h e_j) + f(x − h e_i − h e_j)) / 4h²}; the result is symmetric.
     *
     * <p>Example: for {@code f(x, y) = x²y + y³}, {@code hessian(f, {1, 2}, 1e-4)} is
     * {@code [[4, 2], [2, 12]]} to about 1e-6.
     *
     * @param f a function of {@code n} variables
     * @param x the point: at least one coordinate, all finite; unchanged when this returns
     * @param h the step, finite and {@code > 0} (about {@code 1e-4}: the rounding error grows as
     *          {@code 1/h²})
     * @return the symmetric {@code n × n} matrix of second partial derivatives
     * @throws IllegalArgumentException if {@code f} or {@code x} is null, {@code x} is empty or not
     *                                  finite, or {@code h} is not finite and positive
     */
    public static double[][] hessian(ToDoubleFunction<double[]> f, double[] x, double h) {
        requireFunction(f);
        double[] point = requirePoint(x);
        requireStep(h);
        int n = point.length;
        double[][] hessian = new double[n][n];
        double centre = f.applyAsDouble(point);
        for (int i = 0; i < n; i++) {
            double si = point[i];
            point[i] = si + h;
            double plus = f.applyAsDouble(point);
            point[i] = si - h;
            double minus = f.applyAsDouble(point);
            point[i] = si;
            hessian[i][i] = (plus - 2 * centre + minus) / (h * h);
            for (int j = i + 1; j < n; j++) {
                double sj = point[j];
                point[i] = si + h;
                point[j] = sj + h;
                double pp = f.applyAsDouble(point);
                point[j] = sj - h;
                double pm = f.applyAsDouble(point);
                point[i] = si - h;
                double mm = f.applyAsDouble(point);
                point[j] = sj + h;
                double mp = f.applyAsDouble(point);
                point[i] = si;
                point[j] = sj;
                hessian[i][j] = (pp - pm - mp + mm) / (h * h);
                hessian[j][i] = hessian[i][j];
            }
        }
        return hessian;
    }

    private static void requireFunction(Object f) {
        if (f == null) {
            throw new IllegalArgumentException("f must not be null");
        }
    }

    /** Validates {@code x} and returns a copy to perturb, so the caller's array is never touched. */
    private static double[] requirePoint(double[] x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("x must have at least one coordinate, had 0");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("x must be finite, x[" + i + "] was " + x[i]);
            }
        }
        return x.clone();
    }

    private static void requireStep(double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("h must be finite and > 0, was " + h);
        }
    }

    private static double[] output(Function<double[], double[]> f, double[] point, String where) {
        double[] value = f.apply(point);
        if (value == null) {
            throw new IllegalArgumentException("f must not return null, did at " + where);
        }
        if (value.length == 0) {
            throw new IllegalArgumentException("f must return at least one value, returned 0 at " + where);
        }
        return value.clone();
    }
}
