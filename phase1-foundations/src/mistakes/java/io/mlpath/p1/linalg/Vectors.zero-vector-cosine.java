// Known mistake: the cosine similarity of a zero vector is not rejected (it returns NaN from 0/0).
package io.mlpath.p1.linalg;

/**
 * Vector operations on plain {@code double[]}: the dot product, the L1, L2 and L∞ norms, cosine
 * similarity, and the orthogonal projection of one vector onto another.
 *
 * <h2>The maths</h2>
 * For {@code u, v ∈ ℝ^n}:
 * <ul>
 *   <li><b>dot product</b>: {@code u·v = Σ_i u_i v_i}; it is {@code ‖u‖ ‖v‖ cos θ}, with
 *       {@code θ} the angle between the vectors;</li>
 *   <li><b>norms</b>: {@code ‖v‖₁ = Σ_i |v_i|} (Manhattan), {@code ‖v‖₂ = √(Σ_i v_i²) = √(v·v)}
 *       (Euclidean length), {@code ‖v‖_∞ = max_i |v_i|}; always
 *       {@code ‖v‖_∞ ≤ ‖v‖₂ ≤ ‖v‖₁};</li>
 *   <li><b>cosine similarity</b>: {@code cos θ = u·v / (‖u‖₂ ‖v‖₂)} ∈ [−1, 1]: 1 for vectors
 *       pointing the same way, 0 for orthogonal ones, −1 for opposite ones, whatever their
 *       lengths (the measure behind embedding search);</li>
 *   <li><b>projection of u on v</b>: {@code proj_v(u) = (u·v / v·v) v}, the point on the line
 *       through {@code v} closest to {@code u}; the residual {@code u − proj_v(u)} is orthogonal
 *       to {@code v}.</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * Vectors.dot(new double[] {1, 2, 3}, new double[] {4, -5, 6});        // 12
 * Vectors.norm1(new double[] {3, -4});                                 // 7
 * Vectors.norm2(new double[] {3, -4});                                 // 5
 * Vectors.normInf(new double[] {3, -4});                               // 4
 * Vectors.cosineSimilarity(new double[] {1, 0}, new double[] {1, 1});  // 0.7071 (= cos 45°)
 * Vectors.projection(new double[] {3, 4}, new double[] {1, 1});        // [3.5, 3.5]
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Every operation on two vectors needs them to have the same length: a dot product that
 *       loops to the shorter length silently drops components. Reject a mismatch.</li>
 *   <li>Cosine similarity and projection onto {@code v} divide by {@code ‖v‖}: for a zero vector
 *       they are undefined (0/0), so reject it rather than return NaN or a made-up 0.</li>
 *   <li>{@code √(Σ v_i²)} overflows to infinity once a component passes about 1.3e154 (its square
 *       passes {@code Double.MAX_VALUE}) and underflows to 0 below about 1e-162, although the
 *       norm itself is representable. Divide by {@code s = max_i |v_i|} first:
 *       {@code ‖v‖₂ = s √(Σ (v_i/s)²)} (what LAPACK's {@code dnrm2} and {@link Math#hypot} do).
 *       For cosine similarity, divide each vector by its norm before the dot product, so that
 *       {@code u·v} cannot overflow either, and clamp the result to [−1, 1] against rounding.</li>
 * </ul>
 *
 * <p>References: G. Strang, <i>Introduction to Linear Algebra</i>, 5th ed., §1.1–1.2 (vectors,
 * lengths and dot products) and §4.2 (projections); M. P. Deisenroth, A. A. Faisal and C. S. Ong,
 * <i>Mathematics for Machine Learning</i> (2020), §3.1–3.4 and §3.8; N. J. Higham, <i>Accuracy
 * and Stability of Numerical Algorithms</i>, 2nd ed., §27.5 (overflow-safe norms).
 */
public final class Vectors {

    private Vectors() {
    }

    /**
     * The dot product {@code u·v = Σ_i u_i v_i}.
     *
     * <p>Example: {@code dot([1, 2, 3], [4, -5, 6]) = 4 − 10 + 18 = 12}; orthogonal vectors such
     * as {@code [1, 0]} and {@code [0, 7]} give 0.
     *
     * @param u a vector of length {@code n ≥ 1}, finite; left unchanged
     * @param v a vector of the same length {@code n}, finite; left unchanged
     * @return {@code Σ_i u_i v_i}
     * @throws IllegalArgumentException if either vector is null, empty or not finite, or their
     *                                  lengths differ
     */
    public static double dot(double[] u, double[] v) {
        requirePair(u, v);
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * v[i];
        }
        return sum;
    }

    /**
     * The L1 (Manhattan) norm {@code ‖v‖₁ = Σ_i |v_i|}.
     *
     * <p>Example: {@code norm1([3, -4]) = 7}.
     *
     * @param v a vector of length {@code n ≥ 1}, finite; left unchanged
     * @return the sum of the absolute values of the components
     * @throws IllegalArgumentException if {@code v} is null, empty or not finite
     */
    public static double norm1(double[] v) {
        requireVector("v", v);
        double sum = 0;
        for (double x : v) {
            sum += Math.abs(x);
        }
        return sum;
    }

    /**
     * The L2 (Euclidean) norm {@code ‖v‖₂ = √(Σ_i v_i²)}, computed without overflow or underflow
     * in the squares.
     *
     * <p>Example: {@code norm2([3, -4]) = 5}, and {@code norm2([3e200, 4e200]) = 5e200} (the naive
     * sum of squares overflows to infinity there).
     *
     * @param v a vector of length {@code n ≥ 1}, finite; left unchanged
     * @return the Euclidean length of {@code v}
     * @throws IllegalArgumentException if {@code v} is null, empty or not finite
     */
    public static double norm2(double[] v) {
        requireVector("v", v);
        return scaledNorm2(v);
    }

    /**
     * The L∞ (maximum) norm {@code ‖v‖_∞ = max_i |v_i|}.
     *
     * <p>Example: {@code normInf([3, -4]) = 4} (the largest absolute value, not the largest value).
     *
     * @param v a vector of length {@code n ≥ 1}, finite; left unchanged
     * @return the largest absolute value of a component
     * @throws IllegalArgumentException if {@code v} is null, empty or not finite
     */
    public static double normInf(double[] v) {
        requireVector("v", v);
        return maxAbs(v);
    }

    /**
     * The cosine of the angle between {@code u} and {@code v}:
     * {@code u·v / (‖u‖₂ ‖v‖₂)}, in [−1, 1].
     *
     * <p>Example: {@code cosineSimilarity([1, 0], [1, 1]) = 1/√2 ≈ 0.7071};
     * {@code cosineSimilarity([1, 2], [-2, -4]) = −1}; the result does not change when either
     * vector is multiplied by a positive number, even {@code 1e200}.
     *
     * @param u a non-zero vector of length {@code n ≥ 1}, finite; left unchanged
     * @param v a non-zero vector of the same length, finite; left unchanged
     * @return the cosine similarity, clamped to [−1, 1]
     * @throws IllegalArgumentException if either vector is null, empty, not finite or all zeros
     *                                  (the cosine is undefined), or their lengths differ
     */
    public static double cosineSimilarity(double[] u, double[] v) {
        requirePair(u, v);
        double normU = scaledNorm2(u);
        double normV = scaledNorm2(v);
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += (u[i] / normU) * (v[i] / normV);
        }
        return Math.max(-1, Math.min(1, sum));
    }

    /**
     * The orthogonal projection of {@code u} onto the line spanned by {@code v}:
     * {@code proj_v(u) = (u·v / v·v) v}.
     *
     * <p>Example: {@code projection([3, 4], [1, 1]) = (7/2)·[1, 1] = [3.5, 3.5]}, and the residual
     * {@code [3, 4] − [3.5, 3.5] = [−0.5, 0.5]} is orthogonal to {@code [1, 1]};
     * {@code projection([2, 3], [5, 0]) = [2, 0]} (only the direction of {@code v} matters, not its
     * length).
     *
     * <p>Numerical note: the same vector is {@code (u·v̂) v̂} with the unit vector
     * {@code v̂ = v / ‖v‖₂}, which cannot overflow in {@code v·v}; either form is accepted.
     *
     * @param u the vector to project, length {@code n ≥ 1}, finite; left unchanged
     * @param v the non-zero direction to project onto, same length, finite; left unchanged
     * @return a new vector: the multiple of {@code v} closest to {@code u}
     * @throws IllegalArgumentException if either vector is null, empty or not finite, {@code v} is
     *                                  all zeros, or their lengths differ
     */
    public static double[] projection(double[] u, double[] v) {
        requirePair(u, v);
        double normV = requireNonZero("projection onto v", "v", v);
        double along = 0;
        for (int i = 0; i < u.length; i++) {
            along += u[i] * (v[i] / normV);
        }
        double[] result = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = along * (v[i] / normV);
        }
        return result;
    }

    /** {@code max_i |v_i|}. */
    private static double maxAbs(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }

    /** {@code s √(Σ (v_i/s)²)} with {@code s = max_i |v_i|}, so no square overflows or underflows. */
    private static double scaledNorm2(double[] v) {
        double scale = maxAbs(v);
        if (scale == 0) {
            return 0;
        }
        double sum = 0;
        for (double x : v) {
            double r = x / scale;
            sum += r * r;
        }
        return scale * Math.sqrt(sum);
    }

    /** The norm of {@code v}, which must not be the zero vector for {@code operation}. */
    private static double requireNonZero(String operation, String name, double[] v) {
        double norm = scaledNorm2(v);
        if (norm == 0) {
            throw new IllegalArgumentException(operation + " is undefined for a zero vector: " + name
                    + " is all zeros (‖" + name + "‖ = 0)");
        }
        return norm;
    }

    private static void requirePair(double[] u, double[] v) {
        requireVector("u", u);
        requireVector("v", v);
        if (u.length != v.length) {
            throw new IllegalArgumentException("u and v must have the same length, u has " + u.length
                    + " and v has " + v.length);
        }
    }

    private static void requireVector(String name, double[] v) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " must have at least 1 component, was empty");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("components must be finite, " + name + "[" + i + "] is " + v[i]);
            }
        }
    }
}
