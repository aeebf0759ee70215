package io.mlpath.p2.unsupervised;

/**
 * The input affinities of t-SNE: a Gaussian around each point whose width is tuned so that its
 * neighbourhood has a given perplexity, symmetrised into one joint distribution {@code P}.
 *
 * <p><b>Maths.</b> With squared Euclidean distances {@code dᵢⱼ = ‖xᵢ − xⱼ‖²} and a precision
 * {@code βᵢ = 1/(2σᵢ²)} per point,
 * <pre>
 *   P(j|i) = exp(−βᵢ dᵢⱼ) / Σ_{l≠i} exp(−βᵢ dᵢₗ)      (j ≠ i),   P(i|i) = 0
 *   Hᵢ     = −Σⱼ P(j|i) ln P(j|i)                      (entropy in NATS)
 *   Perp(Pᵢ) = exp(Hᵢ)
 *   pᵢⱼ    = (P(j|i) + P(i|j)) / (2n)                  (symmetric, Σᵢⱼ pᵢⱼ = 1)
 * </pre>
 * Each {@code βᵢ} is found by binary search so that {@code |Hᵢ − ln(perplexity)| ≤ 1e-5}. Larger
 * {@code β} (narrower Gaussian) gives lower entropy, so: start at {@code β = 1} with the bracket
 * {@code lo = 0, hi = +∞}; at each step compute {@code Hᵢ(β)}; stop when it is within
 * {@link #ENTROPY_TOLERANCE} of {@code ln(perplexity)}; if {@code Hᵢ} is too high set
 * {@code lo = β} and {@code β ← 2β} while {@code hi = ∞}, else {@code β ← (β + hi)/2}; if it is too
 * low set {@code hi = β} and {@code β ← (β + lo)/2}. Give up after {@link #MAX_STEPS} evaluations
 * and keep the last {@code β} evaluated (scikit-learn does the same).
 *
 * <p><b>Nats or bits.</b> Perplexity is {@code 2^H} with {@code H} in bits or {@code e^H} with
 * {@code H} in nats: the same number, as long as the entropy and the target use the same base. The
 * original paper writes {@code 2^H} (bits); scikit-learn, and this class, use natural logarithms.
 * Comparing an entropy in bits with {@code ln(perplexity)} aims at perplexity
 * {@code target^{ln 2}} (30 becomes about 10.6); an entropy in nats against {@code log₂(perplexity)}
 * aims at {@code target^{1/ln 2}} (30 becomes about 135).
 *
 * <p><b>Worked example.</b> Points {@code 0, 1, 3} on a line: row 0 of the squared distances is
 * {@code {0, 1, 9}}. With {@code β = 0.5}, {@code conditionalRow({0, 1, 9}, 0, 0.5) =
 * {0, 0.982014, 0.017986}} (ratio {@code e^{−0.5·(9−1)} = e^{−4}}), entropy 0.090095 nats,
 * perplexity 1.0943. {@code findBeta({0, 1, 9}, 0, 1.5) ≈ 0.22662}, where
 * {@code P(1|0) ≈ 0.85972} and {@code H = ln 1.5 = 0.405465}.
 *
 * <p><b>Numerical note.</b> {@code exp(−β d)} underflows to 0 for every neighbour once
 * {@code β·d > 745} (data on a large scale, or a large {@code β} during the search), and then the
 * row is {@code 0/0}. Subtract the smallest neighbour distance first: {@code exp(−β (dᵢⱼ − minₗ dᵢₗ))}
 * gives the same {@code P(j|i)} and its largest term is exactly 1. Compute {@code ‖a − b‖²} from
 * the differences, not as {@code ‖a‖² + ‖b‖² − 2a·b}, which cancels and can go negative.
 *
 * <p>Reference: van der Maaten and Hinton, "Visualizing Data using t-SNE", JMLR 9 (2008), §2–3;
 * scikit-learn's {@code sklearn.manifold._t_sne._joint_probabilities}.
 */
public final class TsneAffinities {

    /** The binary search stops when {@code |Hᵢ − ln(perplexity)|} is at most this (nats). */
    public static final double ENTROPY_TOLERANCE = 1e-5;

    /** The most entropy evaluations per row. */
    public static final int MAX_STEPS = 100;

    private TsneAffinities() {
    }

    /**
     * The {@code n × n} matrix of squared Euclidean distances {@code ‖xᵢ − xⱼ‖²}: symmetric, zero
     * diagonal, never negative.
     *
     * @param x {@code n × d} rows, finite, not ragged, {@code n ≥ 1}, {@code d ≥ 1}
     * @throws IllegalArgumentException on null, empty, ragged or non-finite input
     */
    public static double[][] squaredDistances(double[][] x) {
        checkRows(x);
        int n = x.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < x[i].length; k++) {
                    double diff = x[i][k] - x[j][k];
                    sum += diff * diff;
                }
                d[i][j] = sum;
                d[j][i] = sum;
            }
        }
        return d;
    }

    /**
     * The conditional distribution {@code P(·|i)} of one row for a given precision {@code β}:
     * {@code P(j|i) ∝ exp(−β dᵢⱼ)} over {@code j ≠ i}, {@code P(i|i) = 0}, summing to 1.
     *
     * @param squaredDistances row {@code i} of the squared distances, length {@code n ≥ 2},
     *                         finite and {@code ≥ 0} (entry {@code self} is ignored)
     * @param self             the index {@code i} of the point itself
     * @param beta             the precision {@code β = 1/(2σ²)}, finite and {@code ≥ 0}
     * @throws IllegalArgumentException on a bad row, an index out of range or a bad {@code β}
     */
    public static double[] conditionalRow(double[] squaredDistances, int self, double beta) {
        checkRow(squaredDistances, self);
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and >= 0, was " + beta);
        }
        int n = squaredDistances.length;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (j != self) {
                min = Math.min(min, squaredDistances[j]);
            }
        }
        double[] p = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            if (j != self) {
                p[j] = Math.exp(-beta * (squaredDistances[j] - min));
                sum += p[j];
            }
        }
        for (int j = 0; j < n; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /**
     * The Shannon entropy {@code H = −Σ pⱼ ln pⱼ} of a distribution, in nats ({@code 0 ln 0 = 0}).
     *
     * @param p probabilities, finite, {@code ≥ 0}, summing to 1 (within 1e-9), length {@code ≥ 1}
     * @throws IllegalArgumentException on null, empty, negative or non-finite entries, or a sum other than 1
     */
    public static double entropy(double[] p) {
        if (p == null) {
            throw new IllegalArgumentException("p must not be null");
        }
        if (p.length == 0) {
            throw new IllegalArgumentException("p must have at least one entry, had 0");
        }
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            if (!(p[j] >= 0) || Double.isInfinite(p[j])) {
                throw new IllegalArgumentException("probabilities must be finite and >= 0, p[" + j + "] is " + p[j]);
            }
            sum += p[j];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("probabilities must sum to 1, sum to " + sum);
        }
        double h = 0;
        for (double v : p) {
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h;
    }

    /**
     * The precision {@code βᵢ} whose row {@code conditionalRow(squaredDistances, self, βᵢ)} has
     * perplexity {@code exp(H)} within {@link #ENTROPY_TOLERANCE} nats of the target, by the binary
     * search of the class comment.
     *
     * @param squaredDistances row {@code i} of the squared distances, length {@code n ≥ 3}, finite, {@code ≥ 0}
     * @param self             the index {@code i} of the point itself
     * @param perplexity       the target, {@code 1 < perplexity ≤ n − 1}
     * @throws IllegalArgumentException on a bad row, an index out of range or a perplexity out of range
     */
    public static double findBeta(double[] squaredDistances, int self, double perplexity) {
        checkRow(squaredDistances, self);
        checkPerplexity(perplexity, squaredDistances.length);
        double target = Math.log(perplexity);
        double beta = 1;
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (int step = 1; step <= MAX_STEPS; step++) {
            double diff = entropy(conditionalRow(squaredDistances, self, beta)) - target;
            if (Math.abs(diff) <= ENTROPY_TOLERANCE || step == MAX_STEPS) {
                break;
            }
            if (diff > 0) {
                lo = beta;
                beta = hi == Double.POSITIVE_INFINITY ? 2 * beta : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = (beta + lo) / 2;
            }
        }
        return beta;
    }

    /**
     * The {@code n × n} matrix of conditionals: row {@code i} is {@code P(·|i)} at the {@code βᵢ} that
     * {@link #findBeta} finds for the target perplexity.
     *
     * @param squaredDistances {@code n × n} squared distances, finite and {@code ≥ 0}, {@code n ≥ 3}
     * @param perplexity       the target, {@code 1 < perplexity ≤ n − 1}
     * @throws IllegalArgumentException on a null, ragged, non-square, negative or non-finite matrix, or
     *                                  a perplexity out of range
     */
    public static double[][] conditional(double[][] squaredDistances, double perplexity) {
        checkSquare(squaredDistances);
        checkPerplexity(perplexity, squaredDistances.length);
        int n = squaredDistances.length;
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = conditionalRow(squaredDistances[i], i, findBeta(squaredDistances[i], i, perplexity));
        }
        return p;
    }

    /**
     * The symmetric joint affinities {@code pᵢⱼ = (P(j|i) + P(i|j)) / (2n)}: zero diagonal, summing to 1.
     *
     * @param squaredDistances {@code n × n} squared distances, as {@link #conditional}
     * @param perplexity       the target, {@code 1 < perplexity ≤ n − 1}
     * @throws IllegalArgumentException as {@link #conditional}
     */
    public static double[][] joint(double[][] squaredDistances, double perplexity) {
        double[][] conditional = conditional(squaredDistances, perplexity);
        int n = conditional.length;
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] = (conditional[i][j] + conditional[j][i]) / (2.0 * n);
            }
        }
        return p;
    }

    private static void checkPerplexity(double perplexity, int n) {
        if (!(perplexity > 1) || !(perplexity <= n - 1)) {
            throw new IllegalArgumentException("perplexity must be in (1, n - 1] = (1, " + (n - 1) + "] for n = " + n
                    + " points, was " + perplexity);
        }
    }

    private static void checkRow(double[] d, int self) {
        if (d == null) {
            throw new IllegalArgumentException("squaredDistances must not be null");
        }
        if (d.length < 2) {
            throw new IllegalArgumentException("squaredDistances must have at least 2 entries (the point and a "
                    + "neighbour), had " + d.length);
        }
        if (self < 0 || self >= d.length) {
            throw new IllegalArgumentException("self must be an index in [0, " + (d.length - 1) + "], was " + self);
        }
        for (int j = 0; j < d.length; j++) {
            if (!(d[j] >= 0) || Double.isInfinite(d[j])) {
                throw new IllegalArgumentException("squared distances must be finite and >= 0, squaredDistances["
                        + j + "] is " + d[j]);
            }
        }
    }

    private static void checkSquare(double[][] d) {
        if (d == null) {
            throw new IllegalArgumentException("squaredDistances must not be null");
        }
        for (int i = 0; i < d.length; i++) {
            if (d[i] == null) {
                throw new IllegalArgumentException("squaredDistances rows must not be null, row " + i + " is null");
            }
            if (d[i].length != d.length) {
                throw new IllegalArgumentException("squaredDistances must be square (" + d.length + " × " + d.length
                        + "), row " + i + " has " + d[i].length);
            }
            for (int j = 0; j < d.length; j++) {
                if (!(d[i][j] >= 0) || Double.isInfinite(d[i][j])) {
                    throw new IllegalArgumentException("squared distances must be finite and >= 0, squaredDistances["
                            + i + "][" + j + "] is " + d[i][j]);
                }
            }
        }
    }

    private static void checkRows(double[][] x) {
        if (x == null) {
            throw new IllegalArgumentException("x must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("x must have at least one row, had 0");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new IllegalArgumentException("x rows must not be null, row " + i + " is null");
            }
        }
        int d = x[0].length;
        if (d == 0) {
            throw new IllegalArgumentException("x rows must have at least one feature, row 0 has 0");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("x rows must all have length " + d + ", row " + i + " has "
                        + x[i].length);
            }
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(x[i][k])) {
                    throw new IllegalArgumentException("x values must be finite, x[" + i + "][" + k + "] is "
                            + x[i][k]);
                }
            }
        }
    }
}
