// Known mistake: the trajectory stores the iterate array itself, updated in place, so every slot shows the last point.
package io.mlpath.p1.calculus;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch gradient descent: walk downhill along {@code −∇f} with a fixed learning rate or a
 * backtracking (Armijo) line search, stop on a small gradient, a step budget or divergence, and
 * return the whole trajectory.
 *
 * <h2>The maths</h2>
 * To minimise a differentiable {@code f: ℝⁿ → ℝ}, repeat from {@code x_0}:
 * <pre>
 *   x_{k+1} = x_k − η_k ∇f(x_k)
 * </pre>
 * The minus sign is the whole point: {@code ∇f} points uphill, so a small enough step against it
 * lowers {@code f} ({@code f(x − η g) ≈ f(x) − η‖g‖²}).
 * <ul>
 *   <li><b>Fixed learning rate</b> ({@link #minimize}): {@code η_k = η}. On the quadratic
 *       {@code f(x) = ½ xᵀAx − bᵀx} (A symmetric positive definite, minimum at the solution of
 *       {@code Ax = b}) the error obeys {@code x_{k+1} − x* = (I − ηA)(x_k − x*)}, so each
 *       eigen-direction of {@code A} with eigenvalue {@code λ} shrinks by {@code |1 − ηλ|}.
 *       Descent converges exactly when {@code 0 < η < 2/L}, with {@code L = λ_max} (the Lipschitz
 *       constant of {@code ∇f}); above {@code 2/L} the top direction grows by {@code |1 − ηL| > 1}
 *       every step and the iterates explode. Even the best fixed rate only shrinks the error by
 *       {@code (κ − 1)/(κ + 1)} per step, {@code κ = λ_max/λ_min}: an ill-conditioned problem
 *       needs about {@code κ} steps per digit.</li>
 *   <li><b>Backtracking (Armijo) line search</b> ({@link #minimizeWithLineSearch}): each iteration
 *       starts again from {@code t = initialStep} and shrinks {@code t ← ρ t} until the
 *       <i>sufficient decrease</i> condition holds:
 *       <pre>  f(x − t g) ≤ f(x) − c · t · ‖g‖²     (g = ∇f(x), 0 &lt; c &lt; 1, here c = 10⁻⁴, ρ = ½)</pre>
 *       No {@code L} is needed, and {@code f} decreases at every step.</li>
 * </ul>
 *
 * <h2>Stopping rules</h2>
 * At each iterate {@code x_k} ({@code k = 0, 1, …}), in this order:
 * <ol>
 *   <li>{@link Stop#CONVERGED} when {@code ‖∇f(x_k)‖₂ ≤ tolerance} (checked at {@code x_0} too, so
 *       a start at the minimum takes 0 steps);</li>
 *   <li>{@link Stop#MAX_ITERATIONS} when {@code k = maxIterations} steps have been taken;</li>
 *   <li>otherwise take the step; then {@link Stop#DIVERGED} when {@code f(x_{k+1})} or any
 *       coordinate of {@code x_{k+1}} is not finite, or {@code f(x_{k+1}) > f(x_0) +}
 *       {@value #DIVERGENCE_FACTOR}{@code · (1 + |f(x_0)|)}, or later when a gradient is not
 *       finite.</li>
 * </ol>
 * {@link Result#iterations()} is the number of steps taken; the trajectory holds
 * {@code x_0, x_1, …, x_iterations} (iterations + 1 points, each its own array).
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * // f(x) = ½ x², ∇f(x) = x; from x0 = 1 with η = 0.5 every step halves x: x_k = 2^-k.
 * Result r = GradientDescent.minimize(f, new double[] {1}, 0.5, 1e-3, 100);
 * r.stop();          // CONVERGED        (first k with |x_k| ≤ 1e-3 is k = 10: 2^-10 = 0.000977)
 * r.iterations();    // 10
 * r.x();             // [0.0009765625]
 * r.trajectory();    // [[1], [0.5], [0.25], …, [0.0009765625]]   (11 points)
 * // With η = 2.5 > 2/L = 2: x_{k+1} = −1.5 x_k grows, and the run stops with DIVERGED.
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Store a copy of each iterate in the trajectory: adding the array you keep updating puts
 *       the same (last) point in every slot.</li>
 *   <li>In the line search write the test so that NaN fails it ({@code !(fTrial <= bound)} shrinks):
 *       a trial step that overflows must be rejected, not accepted.</li>
 *   <li>A line search that cannot find a decrease in {@value #MAX_BACKTRACKS} shrinks means
 *       {@code −g} is not a descent direction (a wrong gradient): fail loudly.</li>
 *   <li>A line search judges progress by values of {@code f}, which carry rounding error of about
 *       {@code 10⁻¹⁶} times the size of the terms that make up {@code f}. Once the promised decrease
 *       {@code c·t·‖g‖²} is smaller than that, the search cannot tell progress from noise: ask for a
 *       gradient tolerance above that floor (about {@code 10⁻⁵} for the quadratic tests here, where a
 *       fixed learning rate still reaches {@code 10⁻⁹}).</li>
 *   <li>Never modify the caller's {@code x0}.</li>
 * </ul>
 *
 * <p>References: J. Nocedal and S. J. Wright, <i>Numerical Optimization</i>, 2nd ed. (2006), §3.1
 * (the Armijo condition, Algorithm 3.1 backtracking) and §3.3 (the rate of steepest descent);
 * S. Boyd and L. Vandenberghe, <i>Convex Optimization</i> (2004), §9.2–9.3; I. Goodfellow,
 * Y. Bengio and A. Courville, <i>Deep Learning</i> (2016), §4.3.
 */
public final class GradientDescent {

    /** The sufficient-decrease constant {@code c} that {@link #minimizeWithLineSearch} uses. */
    public static final double ARMIJO_C = 1e-4;

    /** The factor {@code ρ} by which {@link #minimizeWithLineSearch} shrinks a rejected step. */
    public static final double SHRINK = 0.5;

    /** Most shrinks {@link #backtrackingStep} tries before it reports that no step decreases {@code f}. */
    public static final int MAX_BACKTRACKS = 40;

    /** A run is {@link Stop#DIVERGED} once {@code f(x_k) > f(x_0) + DIVERGENCE_FACTOR · (1 + |f(x_0)|)}. */
    public static final double DIVERGENCE_FACTOR = 1e6;

    private GradientDescent() {
    }

    /** A differentiable function {@code f: ℝⁿ → ℝ} and its gradient; neither may modify {@code x}. */
    public interface Objective {

        /** {@code f(x)}. */
        double value(double[] x);

        /** {@code ∇f(x)}, an array of the same length as {@code x}. */
        double[] gradient(double[] x);
    }

    /** Why a run stopped. */
    public enum Stop {
        /** {@code ‖∇f(x)‖ ≤ tolerance} at the last iterate. */
        CONVERGED,
        /** {@code maxIterations} steps were taken without converging. */
        MAX_ITERATIONS,
        /** The value or an iterate became non-finite, or the value blew up (see the class notes). */
        DIVERGED
    }

    /**
     * The outcome of a run.
     *
     * @param x          the last iterate {@code x_iterations}
     * @param value      {@code f(x)} at the last iterate
     * @param iterations the number of steps taken
     * @param stop       why the run stopped
     * @param trajectory {@code x_0, x_1, …, x_iterations}: iterations + 1 separate arrays
     */
    public record Result(double[] x, double value, int iterations, Stop stop, List<double[]> trajectory) {
    }

    /**
     * Gradient descent with a fixed learning rate: {@code x_{k+1} = x_k − η ∇f(x_k)} until one of
     * the stopping rules of the class notes fires.
     *
     * <p>Example: {@code f(x) = ½ x²} from {@code [1]} with {@code η = 0.5}, tolerance
     * {@code 1e-3}: 10 steps, {@code x = [2^-10]}, {@link Stop#CONVERGED}.
     *
     * @param f             the objective
     * @param x0            the start, non-empty and finite, with {@code f(x0)} finite; left unchanged
     * @param learningRate  {@code η > 0}, finite
     * @param tolerance     the gradient-norm tolerance, {@code > 0}, finite
     * @param maxIterations the step budget, {@code ≥ 1}
     * @return the last iterate, its value, the number of steps, why it stopped, and the trajectory
     * @throws IllegalArgumentException if an argument breaks its rule, or a gradient has the wrong length
     */
    public static Result minimize(Objective f, double[] x0, double learningRate, double tolerance, int maxIterations) {
        requirePositive("learningRate", learningRate);
        return run(f, x0, learningRate, false, tolerance, maxIterations);
    }

    /**
     * Gradient descent whose step length comes from {@link #backtrackingStep} at every iteration,
     * with {@code c = }{@value #ARMIJO_C}, {@code ρ = }{@value #SHRINK}, and each search starting
     * again from {@code initialStep}; the same stopping rules as {@link #minimize}.
     *
     * <p>Example: on the Rosenbrock function {@code (1 − x)² + 100 (y − x²)²} from
     * {@code (−1.2, 1)} with {@code initialStep = 1}, tolerance {@code 1e-6}, it reaches
     * {@code (1, 1)} in a few thousand steps, where a fixed rate must be tiny to stay stable in
     * the curved valley.
     *
     * @param f             the objective
     * @param x0            the start, non-empty and finite, with {@code f(x0)} finite; left unchanged
     * @param initialStep   the first trial step of every search, {@code > 0}, finite
     * @param tolerance     the gradient-norm tolerance, {@code > 0}, finite
     * @param maxIterations the step budget, {@code ≥ 1}
     * @return the last iterate, its value, the number of steps, why it stopped, and the trajectory
     * @throws IllegalArgumentException if an argument breaks its rule, or a gradient has the wrong length
     * @throws IllegalStateException    if a line search finds no decrease (see {@link #backtrackingStep})
     */
    public static Result minimizeWithLineSearch(Objective f, double[] x0, double initialStep, double tolerance,
                                                int maxIterations) {
        requirePositive("initialStep", initialStep);
        return run(f, x0, initialStep, true, tolerance, maxIterations);
    }

    /**
     * Backtracking line search along {@code −gradient}: the first {@code t} of
     * {@code initialStep, ρ·initialStep, ρ²·initialStep, …} with
     * {@code f(x − t·gradient) ≤ f(x) − c · t · ‖gradient‖²}.
     *
     * <p>Example: {@code f(x) = x²} at {@code x = [1]}, gradient {@code [2]}, {@code initialStep = 1},
     * {@code c = 1e-4}, {@code ρ = 0.5}: {@code t = 1} lands on {@code −1} with {@code f = 1 > 1 − 0.0004},
     * rejected; {@code t = 0.5} lands on {@code 0} with {@code f = 0 ≤ 1 − 0.0002}: returns {@code 0.5}.
     *
     * <p>A trial value that is NaN or infinite counts as no decrease. A zero gradient accepts
     * {@code initialStep} at once (nothing moves).
     *
     * @param f           the objective
     * @param x           the current point, non-empty and finite, with {@code f(x)} finite; left unchanged
     * @param gradient    {@code ∇f(x)}, same length as {@code x}, finite; left unchanged
     * @param initialStep the first trial {@code t > 0}, finite
     * @param c           the sufficient-decrease constant, {@code 0 < c < 1}
     * @param shrink      the factor {@code ρ}, {@code 0 < ρ < 1}
     * @return the accepted step length {@code t}
     * @throws IllegalArgumentException if an argument breaks its rule
     * @throws IllegalStateException    if none of the first {@value #MAX_BACKTRACKS} trial steps
     *                                  decreases {@code f} enough ({@code −gradient} is not a descent direction)
     */
    public static double backtrackingStep(Objective f, double[] x, double[] gradient, double initialStep, double c,
                                          double shrink) {
        requireObjective(f);
        requireVector("x", x);
        requireVector("gradient", gradient);
        if (gradient.length != x.length) {
            throw new IllegalArgumentException("gradient must have the length of x, " + x.length + ", had "
                    + gradient.length);
        }
        requirePositive("initialStep", initialStep);
        if (!(c > 0 && c < 1)) {
            throw new IllegalArgumentException("c must be in (0, 1), was " + c);
        }
        if (!(shrink > 0 && shrink < 1)) {
            throw new IllegalArgumentException("shrink must be in (0, 1), was " + shrink);
        }
        double fx = f.value(x);
        if (!Double.isFinite(fx)) {
            throw new IllegalArgumentException("f(x) must be finite, was " + fx);
        }
        return search(f, x, gradient, fx, initialStep, c, shrink);
    }

    /** The shared loop of both descents; {@code step} is the learning rate or the line search's first trial. */
    private static Result run(Objective f, double[] x0, double step, boolean lineSearch, double tolerance,
                              int maxIterations) {
        requireObjective(f);
        requireVector("x0", x0);
        requirePositive("tolerance", tolerance);
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        double[] x = x0.clone();
        double f0 = f.value(x);
        if (!Double.isFinite(f0)) {
            throw new IllegalArgumentException("f(x0) must be finite, was " + f0);
        }
        double limit = f0 + DIVERGENCE_FACTOR * (1 + Math.abs(f0));
        List<double[]> trajectory = new ArrayList<>();
        trajectory.add(x);
        double value = f0;
        for (int k = 0; ; k++) {
            double[] g = f.gradient(x);
            if (g == null || g.length != x.length) {
                throw new IllegalArgumentException("the gradient must have the length of x, " + x.length + ", had "
                        + (g == null ? "null" : String.valueOf(g.length)));
            }
            if (!allFinite(g)) {
                return new Result(x, value, k, Stop.DIVERGED, trajectory);
            }
            if (norm(g) <= tolerance) {
                return new Result(x, value, k, Stop.CONVERGED, trajectory);
            }
            if (k == maxIterations) {
                return new Result(x, value, k, Stop.MAX_ITERATIONS, trajectory);
            }
            double eta = lineSearch ? search(f, x, g, value, step, ARMIJO_C, SHRINK) : step;
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i] - eta * g[i];
            }
            value = f.value(x);
            trajectory.add(x);
            if (!Double.isFinite(value) || !allFinite(x) || value > limit) {
                return new Result(x, value, k + 1, Stop.DIVERGED, trajectory);
            }
        }
    }

    /** Backtracking from {@code t}, with {@code fx = f(x)} already known. */
    private static double search(Objective f, double[] x, double[] g, double fx, double t, double c, double shrink) {
        double squaredNorm = 0;
        for (double gi : g) {
            squaredNorm += gi * gi;
        }
        double[] trial = new double[x.length];
        for (int attempt = 0; attempt < MAX_BACKTRACKS; attempt++) {
            for (int i = 0; i < x.length; i++) {
                trial[i] = x[i] - t * g[i];
            }
            double ft = f.value(trial);
            if (ft <= fx - c * t * squaredNorm) {
                return t;
            }
            t *= shrink;
        }
        throw new IllegalStateException("the line search found no step with sufficient decrease in " + MAX_BACKTRACKS
                + " shrinks (down to t = " + t + "): -gradient is not a descent direction at x; is the gradient"
                + " correct?");
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double vi : v) {
            sum += vi * vi;
        }
        return Math.sqrt(sum);
    }

    private static boolean allFinite(double[] v) {
        for (double vi : v) {
            if (!Double.isFinite(vi)) {
                return false;
            }
        }
        return true;
    }

    private static void requireObjective(Objective f) {
        if (f == null) {
            throw new IllegalArgumentException("the objective f must not be null");
        }
    }

    private static void requireVector(String name, double[] v) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one coordinate, had 0");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + " must be finite, " + name + "[" + i + "] is " + v[i]);
            }
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be > 0 and finite, was " + value);
        }
    }
}
