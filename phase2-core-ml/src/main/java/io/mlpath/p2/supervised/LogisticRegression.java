package io.mlpath.p2.supervised;

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

    /**
     * A logistic regression with inverse regularisation strength {@code c}.
     *
     * @param c the weight {@code C > 0} of the data term, finite (larger = less regularisation)
     * @throws IllegalArgumentException when {@code c} is not finite and positive
     */
    public LogisticRegression(double c) {
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): validate C (finite, > 0) and store it");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): validate x and the 0/1 labels (both classes), then minimise J(w, b) = C sum [log(1 + e^z) - y z] + |w|^2/2 by Newton's method (or gradient descent) until the gradient is ~0; store w and b; return this");
    }

    /**
     * The logit {@code z = w·x + b} of each row: positive means class 1 is more likely.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite rows, or rows whose
     *                                  length is not the training dimension
     */
    public double[] decisionFunction(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): return z = w·x + b for every row (reject an unfitted model and rows of the wrong length)");
    }

    /**
     * The class probabilities of each row, {@code {P(y = 0), P(y = 1)} = {1 − σ(z), σ(z)}}; each
     * row sums to 1.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public double[][] predictProba(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): return {1 - sigmoid(z), sigmoid(z)} for every row");
    }

    /**
     * The class of each row: 1 where {@code z > 0} ({@code P(y = 1) > 0.5}), else 0.
     *
     * @throws IllegalStateException    before {@link #fit}
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public int[] predict(double[][] x) {
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): return 1 where z > 0, else 0");
    }

    /**
     * A copy of the fitted coefficients {@code w} (length {@code d}).
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double[] coefficients() {
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): return a copy of the fitted coefficients w");
    }

    /**
     * The fitted intercept {@code b}.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public double intercept() {
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): return the fitted intercept b");
    }

    /**
     * The sigmoid {@code σ(z) = 1/(1 + e^{−z})}, computed without overflow for any {@code z}.
     *
     * @param z any number; {@code ±∞} give 1 and 0, NaN gives NaN
     * @return {@code σ(z)} in {@code [0, 1]}
     */
    public static double sigmoid(double z) {
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): return 1/(1 + e^-z) without overflow: only ever exponentiate a number <= 0");
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
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): return C sum_i [log(1 + e^z_i) - y_i z_i] + |w|^2/2, with log(1 + e^z) = max(z, 0) + log1p(e^-|z|)");
    }

    /**
     * The gradient of {@link #objective}: {@code ∂J/∂w = C Σᵢ (σ(zᵢ) − yᵢ)xᵢ + w} (the first {@code d}
     * values) followed by {@code ∂J/∂b = C Σᵢ (σ(zᵢ) − yᵢ)} (the last).
     *
     * @return a new array of length {@code d + 1}
     * @throws IllegalArgumentException as {@link #objective}
     */
    public static double[] gradient(double[] w, double b, double[][] x, int[] y, double c) {
        throw new UnsupportedOperationException("TODO(p2.supervised.logistic-regression): return {C sum_i (sigmoid(z_i) - y_i) x_i + w, C sum_i (sigmoid(z_i) - y_i)} as one array of length d + 1");
    }
}
