package io.mlpath.p1.linalg;

/**
 * Matrix operations on plain {@code double[][]} (row-major: {@code a[i][j]} is row {@code i},
 * column {@code j}): product, matrix-vector product, transpose, identity and trace.
 *
 * <h2>The maths</h2>
 * For {@code A} ({@code m × n}), {@code B} ({@code n × p}) and {@code x ∈ ℝ^n}:
 * <ul>
 *   <li><b>product</b>: {@code C = AB} is {@code m × p} with {@code C_ij = Σ_k A_ik B_kj}, the dot
 *       product of row {@code i} of {@code A} with column {@code j} of {@code B}; defined only when
 *       the columns of {@code A} match the rows of {@code B}. It is associative,
 *       {@code (AB)C = A(BC)}, but not commutative: in general {@code AB ≠ BA};</li>
 *   <li><b>matrix-vector product</b>: {@code y = Ax ∈ ℝ^m}, {@code y_i = Σ_k A_ik x_k}: each
 *       entry is a row of {@code A} dotted with {@code x} (equivalently, {@code y} is the
 *       combination of the columns of {@code A} with weights {@code x_k});</li>
 *   <li><b>transpose</b>: {@code (Aᵀ)_ij = A_ji}, an {@code n × m} matrix; {@code (AB)ᵀ = BᵀAᵀ}
 *       (the order reverses);</li>
 *   <li><b>identity</b>: {@code I_n} has ones on the diagonal and zeros elsewhere;
 *       {@code AI = IA = A};</li>
 *   <li><b>trace</b> of a square matrix: {@code tr(A) = Σ_i A_ii}; it is the sum of the eigenvalues,
 *       and {@code tr(AB) = tr(BA)} even when {@code A} is {@code m × n} and {@code B} is
 *       {@code n × m}.</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * double[][] a = {{1, 2}, {3, 4}};
 * double[][] b = {{5, 6}, {7, 8}};
 * Matrices.multiply(a, b);                          // [[19, 22], [43, 50]]
 * Matrices.multiply(b, a);                          // [[23, 34], [31, 46]]   (AB ≠ BA)
 * Matrices.multiplyVector(a, new double[] {1, 1});  // [3, 7]
 * Matrices.transpose(new double[][] {{1, 2, 3}});   // [[1], [2], [3]]
 * Matrices.identity(2);                             // [[1, 0], [0, 1]]
 * Matrices.trace(a);                                // 5
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>The three loops of the product can run in any order. The order {@code i-k-j} (for each
 *       row {@code i}, for each {@code k}, add {@code A_ik} times row {@code k} of {@code B} to row
 *       {@code i} of {@code C}) reads {@code B} and writes {@code C} row by row, which suits
 *       row-major arrays and the CPU cache; whatever the order, the term is always
 *       {@code A[i][k]·B[k][j]}. Square inputs hide a swapped index: {@code A[k][i]·B[k][j]}
 *       computes {@code AᵀB} without any exception, so test with non-square shapes too.</li>
 *   <li>A Java {@code double[][]} can be ragged (rows of different lengths): check every row, not
 *       only the first, before trusting {@code a[0].length} as the column count.</li>
 *   <li>Every method returns a new array and leaves its arguments unchanged: transposing a
 *       square matrix in place, or returning the argument itself, would change the caller's
 *       data.</li>
 *   <li>The naive product costs {@code m·n·p} multiply-adds; phase 4 makes it fast
 *       (cache blocking, threads).</li>
 * </ul>
 *
 * <p>References: G. Strang, <i>Introduction to Linear Algebra</i>, 5th ed., §2.4 (rules for matrix
 * operations) and §2.7 (transposes); G. H. Golub and C. F. Van Loan, <i>Matrix Computations</i>,
 * 4th ed., §1.1 (matrix multiplication and its loop orderings); M. P. Deisenroth, A. A. Faisal and
 * C. S. Ong, <i>Mathematics for Machine Learning</i> (2020), §2.2.
 */
public final class Matrices {

    private Matrices() {
    }

    /**
     * The matrix product {@code C = AB}, {@code C_ij = Σ_k A_ik B_kj}.
     *
     * <p>Example: {@code multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]]) = [[19, 22], [43, 50]]}
     * ({@code 19 = 1·5 + 2·7}); a {@code 1 × 3} row times a {@code 3 × 1} column is the
     * {@code 1 × 1} dot product, and a column times a row is the {@code 3 × 3} outer product.
     *
     * @param a an {@code m × n} matrix: at least one row and one column, rectangular, finite;
     *          left unchanged
     * @param b an {@code n × p} matrix: as many rows as {@code a} has columns, rectangular,
     *          finite; left unchanged
     * @return a new {@code m × p} matrix
     * @throws IllegalArgumentException if either matrix is null, empty, ragged, has a null row or
     *                                  a non-finite value, or the columns of {@code a} do not
     *                                  match the rows of {@code b}
     */
    public static double[][] multiply(double[][] a, double[][] b) {
        throw new UnsupportedOperationException("TODO(p1.linalg.matrices): check a and b (not null, not empty, no null or ragged rows, finite, columns of a == rows of b, else IllegalArgumentException naming the rule and the bad value), then return a new m x p matrix c with c[i][j] = sum over k of a[i][k] * b[k][j]");
    }

    /**
     * The matrix-vector product {@code y = Ax}, {@code y_i = Σ_k A_ik x_k}.
     *
     * <p>Example: {@code multiplyVector([[1, 2], [3, 4]], [1, 1]) = [3, 7]} (the row sums);
     * {@code multiplyVector([[1, 2, 3], [4, 5, 6]], [1, 0, -1]) = [-2, -2]}.
     *
     * @param a an {@code m × n} matrix: at least one row and one column, rectangular, finite;
     *          left unchanged
     * @param x a vector of length {@code n}, finite; left unchanged
     * @return a new vector of length {@code m}
     * @throws IllegalArgumentException if {@code a} is null, empty, ragged, has a null row or a
     *                                  non-finite value, or {@code x} is null, not finite or not of
     *                                  length {@code n}
     */
    public static double[] multiplyVector(double[][] a, double[] x) {
        throw new UnsupportedOperationException("TODO(p1.linalg.matrices): check a (as in multiply) and x (not null, finite, length = columns of a), then return a new vector y with y[i] = sum over k of a[i][k] * x[k]");
    }

    /**
     * The transpose {@code Aᵀ}, {@code (Aᵀ)_ij = A_ji}: rows become columns.
     *
     * <p>Example: {@code transpose([[1, 2, 3], [4, 5, 6]]) = [[1, 4], [2, 5], [3, 6]]}.
     *
     * @param a an {@code m × n} matrix: at least one row and one column, rectangular, finite;
     *          left unchanged (also when it is square)
     * @return a new {@code n × m} matrix
     * @throws IllegalArgumentException if {@code a} is null, empty, ragged, has a null row or a
     *                                  non-finite value
     */
    public static double[][] transpose(double[][] a) {
        throw new UnsupportedOperationException("TODO(p1.linalg.matrices): check a, then return a NEW n x m matrix t with t[j][i] = a[i][j] (never swap entries inside a)");
    }

    /**
     * The {@code n × n} identity matrix {@code I_n}.
     *
     * <p>Example: {@code identity(3) = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]}.
     *
     * @param n the size, at least 1
     * @return a new {@code n × n} array (changing it must not change the next identity returned)
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static double[][] identity(int n) {
        throw new UnsupportedOperationException("TODO(p1.linalg.matrices): check n >= 1, then return a new n x n matrix with 1 on the diagonal and 0 elsewhere");
    }

    /**
     * The trace {@code tr(A) = Σ_i A_ii} of a square matrix.
     *
     * <p>Example: {@code trace([[1, 2], [3, 4]]) = 1 + 4 = 5}; {@code trace(identity(n)) = n}.
     *
     * @param a an {@code n × n} matrix, {@code n ≥ 1}, finite; left unchanged
     * @return the sum of the diagonal entries
     * @throws IllegalArgumentException if {@code a} is null, empty, ragged, has a null row or a
     *                                  non-finite value, or is not square
     */
    public static double trace(double[][] a) {
        throw new UnsupportedOperationException("TODO(p1.linalg.matrices): check a (also: it must be square), then return the sum of a[i][i]");
    }
}
