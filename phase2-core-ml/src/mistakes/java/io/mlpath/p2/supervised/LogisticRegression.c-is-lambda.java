// Known mistake: C is used as the weight of the penalty (J = Σ loss + C/2‖w‖²) instead of the weight of the data term.
package io.mlpath.p2.supervised;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * Binary logistic regression with an L2 penalty, computed in a numerically stable way and fitted by
 * minimising the penalised log-loss.
 *
 * <p><b>Model.</b> {@code P(y = 1 | x) = σ(z)} with the logit {@code z = w·x + b} and the sigmoid
 * {@code σ(z) = 1 / (1 + e^{−z})}; class 1 when {@code σ(z) > 0.5}, i.e. {@code z > 0}. Labels are
 * the class indices {@code y ∈ {0, 1}}: with them the log-loss of one row is
 * <pre>
 *   ℓ(z, y) = −[ y log σ(z) + (1 − y) log(1 − σ(z)) ] = log(1 + e^z) − y·z
 * </pre>
 * (the same loss written for labels {@code s = ±1} is {@code log(1 + e^{−s·z})}; mixing the two
 * conventions, e.g. feeding {@code y = 0} into the {@code ±1} formula, gives {@code log 2} for every
 * class-0 row whatever {@code z} is).
 *
 * <p><b>Objective</b> (scikit-learn's {@code LogisticRegression(penalty="l2", C=C)}):
 * <pre>
 *   J(w, b) = C Σᵢ ℓ(zᵢ, yᵢ) + ½‖w‖²
 *   ∂J/∂w   = C Σᵢ (σ(zᵢ) − yᵢ) xᵢ + w,        ∂J/∂b = C Σᵢ (σ(zᵢ) − yᵢ)
 * </pre>
 * {@code C} multiplies the data term, so a larger {@code C} means <em>less</em> regularisation
 * ({@code C} is not the {@code λ} of {@code λ/2‖w‖²}: {@code λ = 1/C}). The intercept {@code b} is
 * not penalised. {@code J} is strictly convex, so any method that drives {@code ∇J} to zero finds
 * the one minimiser. Two that work:
 * <ul>
 *   <li><b>Newton's method / IRLS</b> (recommended): with {@code A = [X 1]},
 *       {@code pᵢ = σ(zᵢ)} and {@code S = diag(pᵢ(1 − pᵢ))}, the Hessian is
 *       {@code H = C·AᵀSA + diag(1, …, 1, 0)}; solve {@code H Δ = ∇J} (Cholesky) and step
 *       {@code θ ← θ − Δ}, halving the step while {@code J} does not decrease. About ten steps
 *       reach {@code ‖∇J‖ < 1e-9}.</li>
 *   <li><b>Gradient descent</b> with the step {@code 1/L},
 *       {@code L = C·λ_max(AᵀA)/4 + 1} (a bound on the curvature, since {@code p(1 − p) ≤ ¼});
 *       slow when the data are ill-conditioned: tens of thousands of steps on Breast Cancer.</li>
 * </ul>
 * {@link #fit} must get close: the tests compare the coefficients with scikit-learn's to 1e-3.
 *
 * <p><b>Worked example.</b> A single feature that is always 0, {@code x = {{0}, {0}, {0}, {0}}},
 * labels {@code {1, 1, 1, 0}}, {@code C = 1}: the data say nothing about {@code w}, so the penalty
 * makes it 0, and the unpenalised intercept becomes the log-odds of class 1,
 * {@code b = log(3/1) = 1.0986…}; {@code predictProba({{0}}) = {{0.25, 0.75}}}. And
 * {@code sigmoid(0) = 0.5}, {@code sigmoid(1000) = 1}, {@code sigmoid(−1000) = 0}, the loss of a
 * class-0 row at {@code z = 1000} is {@code 1000}, at {@code z = −1000} it is {@code 0}.
 *
 * <p><b>Numerical note.</b> Never compute {@code e^{−z}} or {@code e^z} for large {@code |z|}: for
 * {@code z = −1000}, {@code 1/(1 + e^{1000})} is {@code 1/∞ = 0} (fine), but
 * {@code e^{1000}/(1 + e^{1000})} is {@code ∞/∞ = NaN}, and {@code log σ(z)} is {@code log 0 = −∞},
 * so {@code 0·log 0} makes the loss NaN. Use the branch that only exponentiates a non-positive
 * number: {@code σ(z) = 1/(1 + e^{−z})} for {@code z ≥ 0}, {@code e^z/(1 + e^z)} for {@code z < 0};
 * and compute the loss from {@code z}, not from {@code σ(z)}:
 * {@code log(1 + e^z) = max(z, 0) + log1p(e^{−|z|})}. Standardise the features first
 * ({@code io.mlpath.p2.features.StandardScaler}): the penalty treats all coefficients alike.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, <i>The Elements of Statistical Learning</i> (2nd ed.),
 * §4.4 (logistic regression, §4.4.1 IRLS, §4.4.4 L2 penalty); Bishop, <i>Pattern Recognition and
 * Machine Learning</i>, §4.3.2–4.3.3; Murphy, <i>Machine Learning: a Probabilistic Perspective</i>,
 * §8.3; scikit-learn User Guide §1.1.11.1 (the objective with {@code C}).
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 200;

    private final double c;
    private double[] coefficients;
    private double intercept;

    /**
     * A logistic regression with inverse regularisation strength {@code c}.
     *
     * @param c the weight {@code C > 0} of the data term, finite (larger = less regularisation)
     * @throws IllegalArgumentException when {@code c} is not finite and positive
     */
    public LogisticRegression(double c) {
        checkC(c);
        this.c = c;
    }

    /**
     * Minimises {@code J(w, b)} on rows {@code x} with labels {@code y ∈ {0, 1}} and returns this model.
     *
     * @param x {@code n × d} features, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @param y {@code n} labels, each 0 or 1, both classes present
     * @return this model, fitted (a second call refits from scratch)
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input, a length mismatch,
     *                                  a label other than 0 or 1 (e.g. −1), or a single class
     */
    public LogisticRegression fit(double[][] x, int[] y) {
        int d = checkRows(x, "x", -1);
        checkLabels(y, x.length, true);
        int n = x.length;
        double[] w = new double[d];
        double b = 0;
        double current = objective(w, b, x, y, c);
        double tolerance = 1e-10 * (1 + c * n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] g = gradient(w, b, x, y, c);
            double largest = 0;
            for (double v : g) {
                largest = Math.max(largest, Math.abs(v));
            }
            if (largest <= tolerance) {
                break;
            }
            double[] step = newtonStep(w, b, x, g);
            double t = 1;
            double[] nextW = new double[d];
            double nextB = b;
            double next = Double.POSITIVE_INFINITY;
            for (int halving = 0; halving < 60; halving++) {
                for (int j = 0; j < d; j++) {
                    nextW[j] = w[j] - t * step[j];
                }
                nextB = b - t * step[d];
                next = objective(nextW, nextB, x, y, c);
                if (next <= current) {
                    break;
                }
                t /= 2;
            }
            if (!(next <= current)) {
                break;
            }
            w = nextW;
            b = nextB;
            current = next;
        }
        this.coefficients = w;
        this.intercept = b;
        return this;
    }

    /** Solves {@code H Δ = g} with {@code H = C·AᵀSA + diag(1, …, 1, 0)}, {@code A = [X 1]}. */
    private double[] newtonStep(double[] w, double b, double[][] x, double[] g) {
        int d = w.length;
        double[][] h = new double[d + 1][d + 1];
        double[] row = new double[d + 1];
        row[d] = 1;
        for (double[] xi : x) {
            System.arraycopy(xi, 0, row, 0, d);
            double p = sigmoid(dot(w, xi) + b);
            double s = p * (1 - p);
            for (int j = 0; j <= d; j++) {
                for (int k = 0; k <= j; k++) {
                    h[j][k] += s * row[j] * row[k];
                }
            }
        }
        for (int j = 0; j <= d; j++) {
            h[j][j] += j < d ? c : 1e-12;
            for (int k = 0; k < j; k++) {
                h[k][j] = h[j][k];
            }
        }
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(h, false)).getSolver()
                    .solve(new ArrayRealVector(g)).toArray();
        } catch (NonPositiveDefiniteMatrixException e) {
            return g.clone();
        }
    }

    /**
     * The logit {@code z = w·x + b} of each row: positive means class 1 is more likely.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] decisionFunction(double[][] x) {
        requireFitted();
        checkRows(x, "x", coefficients.length);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = dot(coefficients, x[i]) + intercept;
        }
        return z;
    }

    /**
     * The class probabilities of each row, {@code {P(y = 0), P(y = 1)} = {1 − σ(z), σ(z)}}; each
     * row sums to 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public double[][] predictProba(double[][] x) {
        double[] z = decisionFunction(x);
        double[][] probabilities = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            double p = sigmoid(z[i]);
            probabilities[i] = new double[] {sigmoid(-z[i]), p};
        }
        return probabilities;
    }

    /**
     * The class of each row: 1 where {@code z > 0} ({@code P(y = 1) > 0.5}), else 0.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public int[] predict(double[][] x) {
        double[] z = decisionFunction(x);
        int[] classes = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            classes[i] = z[i] > 0 ? 1 : 0;
        }
        return classes;
    }

    /**
     * A copy of the fitted coefficients {@code w} (length {@code d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] coefficients() {
        requireFitted();
        return coefficients.clone();
    }

    /**
     * The fitted intercept {@code b}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double intercept() {
        requireFitted();
        return intercept;
    }

    /**
     * The sigmoid {@code σ(z) = 1/(1 + e^{−z})}, computed without overflow for any {@code z}.
     *
     * @param z any number; {@code ±∞} give 1 and 0, NaN gives NaN
     * @return {@code σ(z)} in {@code [0, 1]}
     */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /**
     * The penalised log-loss {@code J(w, b) = C Σᵢ [log(1 + e^{zᵢ}) − yᵢzᵢ] + ½‖w‖²}, finite for any
     * finite parameters (no overflow at {@code |z| = 1000}).
     *
     * @param w the coefficients (length {@code d}), finite
     * @param b the intercept, finite
     * @param x {@code n × d} features, finite, not ragged
     * @param y {@code n} labels, each 0 or 1 (one class alone is allowed here)
     * @param c the weight {@code C > 0} of the data term, finite
     * @throws IllegalArgumentException on invalid input (as {@link #fit}, plus {@code w} of the wrong
     *                                  length or non-finite parameters)
     */
    public static double objective(double[] w, double b, double[][] x, int[] y, double c) {
        checkProblem(w, b, x, y, c);
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double z = dot(w, x[i]) + b;
            loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
        }
        return loss + 0.5 * c * dot(w, w);
    }

    /**
     * The gradient of {@link #objective}: {@code ∂J/∂w = C Σᵢ (σ(zᵢ) − yᵢ)xᵢ + w} (the first {@code d}
     * values) followed by {@code ∂J/∂b = C Σᵢ (σ(zᵢ) − yᵢ)} (the last).
     *
     * @return a new array of length {@code d + 1}
     * @throws IllegalArgumentException as {@link #objective}
     */
    public static double[] gradient(double[] w, double b, double[][] x, int[] y, double c) {
        checkProblem(w, b, x, y, c);
        int d = w.length;
        double[] g = new double[d + 1];
        for (int i = 0; i < x.length; i++) {
            double error = sigmoid(dot(w, x[i]) + b) - y[i];
            for (int j = 0; j < d; j++) {
                g[j] += error * x[i][j];
            }
            g[d] += error;
        }
        for (int j = 0; j < d; j++) {
            g[j] += c * w[j];
        }
        return g;
    }

    private void requireFitted() {
        if (coefficients == null) {
            throw new IllegalStateException("the model is not fitted: call fit(x, y) first");
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static void checkC(double c) {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("C must be finite and > 0, was " + c);
        }
    }

    private static void checkProblem(double[] w, double b, double[][] x, int[] y, double c) {
        checkC(c);
        if (w == null) {
            throw new IllegalArgumentException("w must not be null");
        }
        checkRows(x, "x", w.length);
        checkLabels(y, x.length, false);
        for (int j = 0; j < w.length; j++) {
            if (!Double.isFinite(w[j])) {
                throw new IllegalArgumentException("w must be finite, w[" + j + "] is " + w[j]);
            }
        }
        if (!Double.isFinite(b)) {
            throw new IllegalArgumentException("b must be finite, was " + b);
        }
    }

    /** Checks a non-empty, rectangular, finite matrix; returns its width. {@code width < 0}: any. */
    private static int checkRows(double[][] x, String name, int width) {
        if (x == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row, had 0");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new IllegalArgumentException(name + " rows must not be null, row " + i + " is null");
            }
        }
        int d = width < 0 ? x[0].length : width;
        if (d == 0) {
            throw new IllegalArgumentException(name + " rows must have at least one feature, row 0 has 0");
        }
        String rule = width < 0 ? "" : " (the training dimension)";
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException(name + " rows must all have length " + d + rule + ", row " + i
                        + " has " + x[i].length);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException(name + " values must be finite, " + name + "[" + i + "]["
                            + j + "] is " + x[i][j]);
                }
            }
        }
        return d;
    }

    /** Checks labels in {0, 1}, one per row; with {@code bothClasses}, that both occur. */
    private static void checkLabels(int[] y, int n, boolean bothClasses) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("y must have one label per row of x (" + n + "), had " + y.length);
        }
        boolean[] seen = new boolean[2];
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("labels must be class indices 0 or 1 (not ±1), y[" + i + "] is "
                        + y[i]);
            }
            seen[y[i]] = true;
        }
        if (bothClasses && (!seen[0] || !seen[1])) {
            throw new IllegalArgumentException("y must contain both classes 0 and 1, found only class "
                    + (seen[0] ? 0 : 1));
        }
    }
}
