// Known mistake: classical Gram-Schmidt: r_ij = q_i . a_j from the original column instead of the running vector.
package io.mlpath.p1.linalg;

import java.util.Arrays;

/**
 * The thin QR decomposition {@code A = QR} by modified Gram-Schmidt, and least squares through
 * it: the {@code x} that minimises {@code ‖Ax − b‖₂}.
 *
 * <h2>The maths</h2>
 * For an {@code m × n} matrix {@code A} with {@code m ≥ n} and linearly independent columns
 * {@code a_0, …, a_{n−1}}, Gram-Schmidt builds orthonormal columns {@code q_0, …, q_{n−1}}
 * spanning the same spaces: {@code q_j} is {@code a_j} with its components along
 * {@code q_0, …, q_{j−1}} removed, scaled to length 1. Recording the coefficients gives
 * {@code A = QR}, with {@code Q} ({@code m × n}) having orthonormal columns ({@code QᵀQ = I})
 * and {@code R} ({@code n × n}) upper triangular with a positive diagonal (this sign
 * convention makes the factorisation unique). <b>Modified</b> Gram-Schmidt removes the
 * components one at a time from the <i>running</i> vector:
 * <pre>
 *   v = a_j
 *   for i = 0 … j−1:   r_ij = q_i · v;   v = v − r_ij q_i     (q_i · v, not q_i · a_j)
 *   r_jj = ‖v‖₂;   q_j = v / r_jj
 * </pre>
 * <b>Least squares.</b> {@code ‖Ax − b‖} is smallest when the residual {@code b − Ax} is
 * orthogonal to every column of {@code A} ({@code Aᵀ(b − Ax) = 0}, the normal equations). With
 * {@code A = QR} that becomes {@code Rx = Qᵀb}: compute {@code z = Qᵀb} and solve the triangular
 * system by back substitution, {@code x_i = (z_i − Σ_{k>i} r_ik x_k) / r_ii} from the last row
 * up. Compute {@code z} the way the columns were orthogonalised, one component at a time from
 * the running vector: {@code y = b}; for each {@code i}, {@code z_i = q_i · y} and
 * {@code y = y − z_i q_i}.
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * double[][] a = {{3, 0}, {4, 5}, {0, 4}};   // m = 3, n = 2
 * QrDecomposition qr = new QrDecomposition(a);
 * qr.r();   // [[5, 4], [0, 5]]   r_00 = ‖(3, 4, 0)‖ = 5, r_01 = q_0 · a_1 = 4, r_11 = ‖(-2.4, 1.8, 4)‖ = 5
 * qr.q();   // [[0.6, -0.48], [0.8, 0.36], [0, 0.8]]
 * qr.leastSquares(new double[] {19, -3, 19});   // [1, 1]   (Qᵀb = (9, 5); the residual
 *                                               //  (16, -12, 15) is orthogonal to both columns)
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Classical Gram-Schmidt ({@code r_ij = q_i · a_j}, the original column) is the same
 *       in exact arithmetic but loses orthogonality in floating point roughly as
 *       {@code ε·κ(A)²}: on the 6 × 6 Hilbert matrix ({@code κ ≈ 1.5e7}) its {@code QᵀQ} is off
 *       the identity by about {@code 2e-4}, while modified Gram-Schmidt stays within about
 *       {@code 1e-9} ({@code ε·κ}) and Householder reflections within {@code 1e-15}.
 *       Householder QR (then fix signs so that {@code r_jj > 0}) is a fine alternative.</li>
 *   <li>Never solve least squares as {@code x = (AᵀA)⁻¹ Aᵀ b}: forming {@code AᵀA} squares the
 *       condition number, so a polynomial fit with {@code κ(A) ≈ 1e6} loses about 12 of its 16
 *       digits before any solve; QR works on {@code A} itself and loses about 6. For the same
 *       reason take {@code Qᵀb} from the running {@code y} above, not as {@code q_i · b} from the
 *       original {@code b}: with MGS's slightly non-orthogonal {@code Q} the latter is as
 *       inaccurate as the normal equations.</li>
 *   <li>Rank deficiency: when a column is (numerically) a combination of earlier ones, its
 *       {@code r_jj} is tiny and {@code q_j} would be rounding noise. This class rejects
 *       {@code A} when some {@code r_jj ≤ 1e-12 · max_k ‖a_k‖₂} (relative to the largest
 *       column), so the least-squares solution is always unique.</li>
 *   <li>Work on copies: the caller's {@code a} and {@code b} are left unchanged.</li>
 * </ul>
 *
 * <p>References: L. N. Trefethen and D. Bau, <i>Numerical Linear Algebra</i> (1997), lectures
 * 7–11 (QR, Gram-Schmidt, least squares) and 19 (stability of least-squares algorithms);
 * Å. Björck, "Solving linear least squares problems by Gram-Schmidt orthogonalization", BIT 7
 * (1967); G. H. Golub and C. F. Van Loan, <i>Matrix Computations</i>, 4th ed., §5.2–5.3.
 */
public final class QrDecomposition {

    /** A column is dependent when its {@code r_jj} is at most this times the largest column norm of {@code A}. */
    public static final double RANK_TOLERANCE = 1e-12;

    /** The number of rows {@code m}. */
    private final int m;

    /** The number of columns {@code n}. */
    private final int n;

    /** The {@code m × n} factor {@code Q} with orthonormal columns. */
    private final double[][] q;

    /** The {@code n × n} upper-triangular factor {@code R} with a positive diagonal. */
    private final double[][] r;

    /**
     * Factors {@code A = QR} by modified Gram-Schmidt, on a copy of {@code a}.
     *
     * <p>Example: {@code new QrDecomposition(new double[][] {{1, 1}, {1, -1}, {1, 1}, {1, -1}})}
     * has orthogonal columns of length 2 already, so {@code Q} is {@code a / 2} and
     * {@code R = [[2, 0], [0, 2]]}.
     *
     * @param a an {@code m × n} matrix with {@code m ≥ n ≥ 1}, finite, with linearly independent
     *          columns; left unchanged
     * @throws IllegalArgumentException if {@code a} is null, empty, ragged, not finite, has fewer
     *                                  rows than columns, or has (numerically) dependent columns
     */
    public QrDecomposition(double[][] a) {
        checkMatrix(a);
        m = a.length;
        n = a[0].length;
        double largestNorm = 0;
        for (int j = 0; j < n; j++) {
            double squares = 0;
            for (int row = 0; row < m; row++) {
                squares += a[row][j] * a[row][j];
            }
            largestNorm = Math.max(largestNorm, Math.sqrt(squares));
        }
        double tolerance = RANK_TOLERANCE * largestNorm;
        double[][] qs = new double[m][n];
        double[][] rs = new double[n][n];
        double[] v = new double[m];
        for (int j = 0; j < n; j++) {
            for (int row = 0; row < m; row++) {
                v[row] = a[row][j];
            }
            for (int i = 0; i < j; i++) {
                double rij = 0;
                for (int row = 0; row < m; row++) {
                    rij += qs[row][i] * a[row][j];
                }
                rs[i][j] = rij;
                for (int row = 0; row < m; row++) {
                    v[row] -= rij * qs[row][i];
                }
            }
            double norm = 0;
            for (int row = 0; row < m; row++) {
                norm += v[row] * v[row];
            }
            norm = Math.sqrt(norm);
            if (!(norm > tolerance)) {
                throw new IllegalArgumentException("a must have linearly independent columns (full column rank):"
                        + " column " + j + " has norm " + norm
                        + (j == 0 ? "" : " after removing its components along columns 0.." + (j - 1))
                        + ", at most " + RANK_TOLERANCE + " * the largest column norm " + largestNorm);
            }
            rs[j][j] = norm;
            for (int row = 0; row < m; row++) {
                qs[row][j] = v[row] / norm;
            }
        }
        this.q = qs;
        this.r = rs;
    }

    /** The factor {@code Q}: a fresh {@code m × n} copy whose columns are orthonormal. */
    public double[][] q() {
        return Arrays.stream(q).map(double[]::clone).toArray(double[][]::new);
    }

    /** The factor {@code R}: a fresh {@code n × n} upper-triangular copy with a positive diagonal. */
    public double[][] r() {
        return Arrays.stream(r).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * The least-squares solution: the {@code x} minimising {@code ‖Ax − b‖₂}, from
     * {@code Rx = Qᵀb}.
     *
     * <p>Example: fitting a line {@code y = x_0 + x_1·t} to the points {@code (0, 1), (1, 2),
     * (2, 2), (3, 4)}: {@code A = [[1, 0], [1, 1], [1, 2], [1, 3]]}, {@code b = (1, 2, 2, 4)}
     * gives {@code x = (0.9, 0.9)}. When {@code m = n} it is the exact solution of {@code Ax = b}.
     *
     * @param b the right-hand side, {@code m} finite values; left unchanged
     * @return {@code x}, {@code n} values
     * @throws IllegalArgumentException if {@code b} is null, has the wrong length or is not finite
     */
    public double[] leastSquares(double[] b) {
        if (b == null) {
            throw new IllegalArgumentException("b must not be null");
        }
        if (b.length != m) {
            throw new IllegalArgumentException("b must have length " + m + " (the number of rows of a), had "
                    + b.length);
        }
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(b[i])) {
                throw new IllegalArgumentException("b must be finite, b[" + i + "] is " + b[i]);
            }
        }
        double[] y = b.clone();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double zi = 0;
            for (int row = 0; row < m; row++) {
                zi += q[row][i] * y[row];
            }
            z[i] = zi;
            for (int row = 0; row < m; row++) {
                y[row] -= zi * q[row][i];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < n; k++) {
                sum -= r[i][k] * x[k];
            }
            x[i] = sum / r[i][i];
        }
        return x;
    }

    /** Checks that {@code a} is a non-empty, rectangular, finite matrix with at least as many rows as columns. */
    private static void checkMatrix(double[][] a) {
        if (a == null) {
            throw new IllegalArgumentException("a must not be null");
        }
        if (a.length == 0) {
            throw new IllegalArgumentException("a must have at least one row, had 0");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                throw new IllegalArgumentException("a rows must not be null, row " + i + " is null");
            }
        }
        int columns = a[0].length;
        if (columns == 0) {
            throw new IllegalArgumentException("a rows must have at least one column, row 0 has 0");
        }
        for (int i = 1; i < a.length; i++) {
            if (a[i].length != columns) {
                throw new IllegalArgumentException("a rows must all have length " + columns + ", row " + i + " has "
                        + a[i].length);
            }
        }
        if (a.length < columns) {
            throw new IllegalArgumentException("a must have at least as many rows as columns (m >= n) for least"
                    + " squares, was " + a.length + " × " + columns);
        }
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException("a must be finite, a[" + i + "][" + j + "] is " + a[i][j]);
                }
            }
        }
    }
}
