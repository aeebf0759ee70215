// Known mistake: Gaussian elimination without pivoting: the pivot is always the diagonal entry, however small.
package io.mlpath.p1.calculus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Newton's method: roots of a 1-D function from its derivative, and minima of an n-D function
 * from its gradient and Hessian, each Newton step found by solving a linear system (never by
 * inverting the Hessian).
 *
 * <h2>The maths</h2>
 * <ul>
 *   <li><b>1-D root</b>: replace {@code f} by its tangent at {@code x_k} and jump to the tangent's
 *       zero: {@code x_{k+1} = x_k − f(x_k)/f'(x_k)}.</li>
 *   <li><b>n-D minimum</b>: replace {@code f} by its second-order Taylor model at {@code x_k},
 *       {@code m(p) = f + gᵀp + ½ pᵀHp} ({@code g = ∇f(x_k)}, {@code H = ∇²f(x_k)}), whose
 *       stationary point solves the <i>Newton system</i> {@code H p = −g}; then
 *       {@code x_{k+1} = x_k + p}. This is the 1-D root method applied to {@code ∇f = 0}.</li>
 *   <li><b>Quadratic convergence</b>: near a root {@code r} with {@code f'(r) ≠ 0} (a minimum with
 *       {@code H} positive definite), the error {@code e_k = |x_k − r|} obeys
 *       {@code e_{k+1} ≈ C e_k²} with {@code C = |f''(r) / (2 f'(r))|}: the number of correct
 *       digits doubles every step (10⁻³, 10⁻⁶, 10⁻¹², …). A quadratic function is minimised in
 *       exactly one step, since its Taylor model is the function itself.</li>
 *   <li><b>Solve, don't invert</b>: {@link #solveNewtonStep} solves {@code H p = −g} by Gaussian
 *       elimination with partial pivoting (swap the row with the largest {@code |entry|} in the
 *       column into the pivot position, eliminate below it, then back-substitute). Elimination is
 *       backward stable: the computed {@code p} solves a system within about {@code 10⁻¹⁶} of
 *       {@code H}, so the residual {@code ‖Hp + g‖} is at rounding level even when {@code H} is
 *       ill-conditioned. Forming {@code H⁻¹} and multiplying costs three times as much and is not
 *       backward stable: its residual grows with the condition number {@code κ(H)}.</li>
 * </ul>
 *
 * <h2>Stopping rules</h2>
 * {@link #findRoot}: converged when {@code f(x_k) = 0} exactly, or when a step is small,
 * {@code |x_{k+1} − x_k| ≤ tolerance} (returning {@code x_{k+1}}); otherwise it stops unconverged
 * after {@code maxIterations} steps. {@link #minimize}: converged when
 * {@code ‖∇f(x_k)‖₂ ≤ tolerance} (checked at {@code x_0} too); otherwise unconverged after
 * {@code maxIterations} steps. Both return every iterate, {@code x_0} first.
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * // √2 as the root of f(x) = x² − 2, f'(x) = 2x, from x0 = 1 (Heron's method):
 * Root r = Newton.findRoot(x -> x * x - 2, x -> 2 * x, 1, 1e-12, 50);
 * r.iterates();   // [1, 1.5, 1.41666…, 1.41421568…, 1.41421356237469, 1.414213562373095, …]
 *                 //  errors 4e-1, 9e-2, 2e-3, 2e-6, 2e-12: each about 0.35 × the previous one squared
 * r.x();          // 1.4142135623730951
 * // The Newton step of f(x, y) = x² + 3y² − 2x at (0, 0): H = [[2, 0], [0, 6]], g = [−2, 0]:
 * Newton.solveNewtonStep(new double[][] {{2, 0}, {0, 6}}, new double[] {-2, 0});   // [1, 0]
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Pure Newton is only locally convergent: far from a root it can overshoot and diverge
 *       ({@code arctan} from {@code x0 = 1.5}), and where {@code H} is not positive definite its
 *       step heads for a saddle or a maximum as readily as a minimum. Practical codes add a line
 *       search or a trust region; this challenge keeps the pure method.</li>
 *   <li>A zero derivative (a flat tangent) makes the 1-D step undefined: fail with a clear
 *       message. A Hessian whose elimination meets a pivot of at most
 *       {@code n · 2⁻⁵² · max|H_ij|} is singular to working precision: fail too.</li>
 *   <li>Without pivoting, a zero or tiny leading entry ({@code [[0, 1], [1, 0]]}, or {@code 1e-20})
 *       divides by (almost) nothing even though the matrix is perfectly well conditioned.</li>
 *   <li>Work on copies: never modify the caller's Hessian, gradient or start point.</li>
 * </ul>
 *
 * <p>References: J. Nocedal and S. J. Wright, <i>Numerical Optimization</i>, 2nd ed. (2006), §3.3
 * (Theorem 3.5, quadratic convergence of Newton's method) and §11.1; N. J. Higham, <i>Accuracy and
 * Stability of Numerical Algorithms</i>, 2nd ed. (2002), §9 (Gaussian elimination) and §14.1
 * ("inverting is not solving"); G. H. Golub and C. F. Van Loan, <i>Matrix Computations</i>, 4th ed.,
 * §3.4 (partial pivoting); S. Boyd and L. Vandenberghe, <i>Convex Optimization</i>, §9.5.
 */
public final class Newton {

    private Newton() {
    }

    /** A function {@code f: ℝⁿ → ℝ} known through its gradient and Hessian; neither may modify {@code x}. */
    public interface TwiceDifferentiable {

        /** {@code ∇f(x)}, an array of the same length as {@code x}. */
        double[] gradient(double[] x);

        /** {@code ∇²f(x)}, an {@code n × n} matrix. */
        double[][] hessian(double[] x);
    }

    /**
     * The outcome of {@link #findRoot}.
     *
     * @param x         the last iterate
     * @param iterates  {@code x_0, x_1, …} up to and including {@code x}
     * @param converged whether a stopping rule of convergence fired (not the step budget)
     */
    public record Root(double x, double[] iterates, boolean converged) {
    }

    /**
     * The outcome of {@link #minimize}.
     *
     * @param x         the last iterate
     * @param iterates  {@code x_0, x_1, …} up to and including {@code x}, each a separate array
     * @param converged whether the gradient norm reached the tolerance (not the step budget)
     */
    public record Minimum(double[] x, List<double[]> iterates, boolean converged) {
    }

    /**
     * Finds a root of {@code f} by Newton's iteration {@code x_{k+1} = x_k − f(x_k)/f'(x_k)}.
     *
     * <p>Example: {@code f(x) = x² − 2}, {@code f'(x) = 2x}, {@code x0 = 1}, tolerance
     * {@code 1e-12}: iterates {@code 1, 1.5, 17/12, 577/408, …}, root {@code √2} in 6 steps.
     *
     * @param f             the function
     * @param derivative    its derivative {@code f'}
     * @param x0            the start, finite
     * @param tolerance     the step-size tolerance, {@code > 0}, finite
     * @param maxIterations the step budget, {@code ≥ 1}
     * @return the last iterate, all iterates, and whether it converged
     * @throws IllegalArgumentException if an argument breaks its rule
     * @throws IllegalStateException    if {@code f} or {@code f'} is not finite at an iterate, or
     *                                  {@code f'} is 0 there (the tangent is flat)
     */
    public static Root findRoot(DoubleUnaryOperator f, DoubleUnaryOperator derivative, double x0, double tolerance,
                                int maxIterations) {
        if (f == null || derivative == null) {
            throw new IllegalArgumentException("f and derivative must not be null, " + (f == null ? "f" : "derivative")
                    + " is null");
        }
        if (!Double.isFinite(x0)) {
            throw new IllegalArgumentException("x0 must be finite, was " + x0);
        }
        requireTolerance(tolerance);
        requireIterations(maxIterations);
        List<Double> iterates = new ArrayList<>();
        iterates.add(x0);
        double x = x0;
        for (int k = 0; k < maxIterations; k++) {
            double fx = f.applyAsDouble(x);
            if (!Double.isFinite(fx)) {
                throw new IllegalStateException("f(x) is not finite at iterate " + k + ", x = " + x + ": f(x) = " + fx);
            }
            if (fx == 0) {
                return new Root(x, unbox(iterates), true);
            }
            double slope = derivative.applyAsDouble(x);
            if (slope == 0 || !Double.isFinite(slope)) {
                throw new IllegalStateException("f'(x) = " + slope + " at iterate " + k + ", x = " + x
                        + ": the tangent is flat or undefined, so the Newton step f(x)/f'(x) is not defined;"
                        + " start elsewhere");
            }
            double next = x - fx / slope;
            iterates.add(next);
            if (Math.abs(next - x) <= tolerance) {
                return new Root(next, unbox(iterates), true);
            }
            x = next;
        }
        return new Root(x, unbox(iterates), false);
    }

    /**
     * Minimises {@code f} by Newton steps {@code x_{k+1} = x_k + p_k} with
     * {@code p_k = solveNewtonStep(∇²f(x_k), ∇f(x_k))}, until {@code ‖∇f(x_k)‖ ≤ tolerance}.
     *
     * <p>Example: {@code f(x, y) = x² + 3y² − 2x} from {@code (0, 0)}: one step to {@code (1, 0)},
     * where the gradient is 0; iterates {@code [[0, 0], [1, 0]]}. On Rosenbrock from
     * {@code (−1.2, 1)} it reaches {@code (1, 1)} in a handful of steps, where gradient descent
     * needs thousands.
     *
     * @param f             the function, with gradient and Hessian
     * @param x0            the start, non-empty and finite; left unchanged
     * @param tolerance     the gradient-norm tolerance, {@code > 0}, finite
     * @param maxIterations the step budget, {@code ≥ 1}
     * @return the last iterate, all iterates, and whether it converged
     * @throws IllegalArgumentException if an argument breaks its rule, a gradient or Hessian has the
     *                                  wrong shape or is not finite, or a Hessian is singular
     */
    public static Minimum minimize(TwiceDifferentiable f, double[] x0, double tolerance, int maxIterations) {
        if (f == null) {
            throw new IllegalArgumentException("the function f must not be null");
        }
        requireVector("x0", x0, -1);
        requireTolerance(tolerance);
        requireIterations(maxIterations);
        int n = x0.length;
        double[] x = x0.clone();
        List<double[]> iterates = new ArrayList<>();
        iterates.add(x.clone());
        for (int k = 0; ; k++) {
            double[] g = f.gradient(x);
            requireVector("the gradient", g, n);
            double norm = 0;
            for (double gi : g) {
                norm += gi * gi;
            }
            if (Math.sqrt(norm) <= tolerance) {
                return new Minimum(x, iterates, true);
            }
            if (k == maxIterations) {
                return new Minimum(x, iterates, false);
            }
            double[] p = solveNewtonStep(f.hessian(x), g);
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = x[i] + p[i];
            }
            x = next;
            iterates.add(x.clone());
        }
    }

    /**
     * The Newton step: the solution {@code p} of {@code H p = −g}, by Gaussian elimination with
     * partial pivoting and back substitution (no inverse is formed).
     *
     * <p>Example: {@code H = [[0, 1], [1, 0]]}, {@code g = [2, 3]}: the first column's largest entry
     * is in row 1, so the rows swap; then {@code p = [−3, −2]}.
     *
     * @param hessian  {@code H}, square {@code n × n}, finite, not singular; left unchanged
     * @param gradient {@code g}, length {@code n}, finite; left unchanged
     * @return {@code p} with {@code H p = −g}, a new array
     * @throws IllegalArgumentException if an argument breaks its rule, or elimination meets a pivot
     *                                  {@code |pivot| ≤ n · 2⁻⁵² · max|H_ij|} (singular to working precision)
     */
    public static double[] solveNewtonStep(double[][] hessian, double[] gradient) {
        if (hessian == null) {
            throw new IllegalArgumentException("hessian must not be null");
        }
        int n = hessian.length;
        if (n == 0) {
            throw new IllegalArgumentException("hessian must have at least one row, had 0");
        }
        for (int i = 0; i < n; i++) {
            if (hessian[i] == null) {
                throw new IllegalArgumentException("hessian rows must not be null, row " + i + " is null");
            }
            if (hessian[i].length != n) {
                throw new IllegalArgumentException("hessian must be square, " + n + " × " + n + ", but row " + i
                        + " has length " + hessian[i].length);
            }
        }
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(hessian[i][j])) {
                    throw new IllegalArgumentException("hessian must be finite, hessian[" + i + "][" + j + "] is "
                            + hessian[i][j]);
                }
                scale = Math.max(scale, Math.abs(hessian[i][j]));
            }
        }
        requireVector("gradient", gradient, n);
        double[][] a = new double[n][];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = hessian[i].clone();
            b[i] = -gradient[i];
        }
        double negligible = n * Math.ulp(1.0) * scale;
        for (int k = 0; k < n; k++) {
            int pivot = k;
            if (Math.abs(a[pivot][k]) <= negligible) {
                throw new IllegalArgumentException("hessian is singular to working precision: the largest pivot"
                        + " candidate in column " + k + " is " + a[pivot][k] + " (at most " + negligible
                        + " = n · 2^-52 · max|H_ij|)");
            }
            double[] row = a[k];
            a[k] = a[pivot];
            a[pivot] = row;
            double rhs = b[k];
            b[k] = b[pivot];
            b[pivot] = rhs;
            for (int i = k + 1; i < n; i++) {
                double multiplier = a[i][k] / a[k][k];
                a[i][k] = 0;
                for (int j = k + 1; j < n; j++) {
                    a[i][j] -= multiplier * a[k][j];
                }
                b[i] -= multiplier * b[k];
            }
        }
        double[] p = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int j = i + 1; j < n; j++) {
                sum -= a[i][j] * p[j];
            }
            p[i] = sum / a[i][i];
        }
        return p;
    }

    private static double[] unbox(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** Checks a non-null, non-empty, finite vector, of length {@code length} when {@code length ≥ 0}. */
    private static void requireVector(String name, double[] v, int length) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (length < 0 && v.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one coordinate, had 0");
        }
        if (length >= 0 && v.length != length) {
            throw new IllegalArgumentException(name + " must have length " + length + ", had " + v.length);
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + " must be finite, " + name + "[" + i + "] is " + v[i]);
            }
        }
    }

    private static void requireTolerance(double tolerance) {
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be > 0 and finite, was " + tolerance);
        }
    }

    private static void requireIterations(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
    }
}
