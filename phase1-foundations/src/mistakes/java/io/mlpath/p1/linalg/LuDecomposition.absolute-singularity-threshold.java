// Known mistake: singularity uses a fixed absolute threshold (1e-11, as Commons Math) instead of one relative to max|a_ij|.
package io.mlpath.p1.linalg;

import java.util.Arrays;

/**
 * LU decomposition with partial pivoting, {@code PA = LU}, and what it is for: solving
 * {@code Ax = b}, the determinant, the inverse, and telling when {@code A} is singular.
 *
 * <h2>The maths</h2>
 * Gaussian elimination on an {@code n × n} matrix {@code A} works column by column. At step
 * {@code k = 0, 1, …, n − 1}:
 * <ol>
 *   <li><b>pivot</b>: among rows {@code i ≥ k}, find the one whose entry in column {@code k} has
 *       the largest magnitude, and swap it with row {@code k} (partial pivoting);</li>
 *   <li><b>eliminate</b>: for each row {@code i > k}, the multiplier is
 *       {@code l_ik = a_ik / a_kk}; subtract {@code l_ik} times row {@code k} from row
 *       {@code i}, which zeroes {@code a_ik}.</li>
 * </ol>
 * The multipliers form {@code L} (unit lower triangular: ones on the diagonal), what is left
 * of {@code A} forms {@code U} (upper triangular), and the row swaps form the permutation
 * {@code P}, so that {@code PA = LU}. This class records {@code P} as {@link #pivot()}: row
 * {@code i} of {@code PA} is row {@code pivot()[i]} of {@code A}. Then:
 * <ul>
 *   <li><b>solve</b> {@code Ax = b}: {@code LUx = Pb}, so solve {@code Ly = Pb} by forward
 *       substitution ({@code y_i = (Pb)_i − Σ_{j<i} l_ij y_j}), then {@code Ux = y} by back
 *       substitution ({@code x_i = (y_i − Σ_{j>i} u_ij x_j) / u_ii}, from the last row up);</li>
 *   <li><b>determinant</b>: {@code det(P)·det(A) = det(L)·det(U) = Π u_kk}, and each row swap
 *       flips the sign of a determinant, so {@code det(A) = (−1)^s · Π u_kk} with {@code s}
 *       the number of row swaps;</li>
 *   <li><b>inverse</b>: column {@code j} of {@code A⁻¹} solves {@code Ax = e_j} (the {@code j}-th
 *       unit vector), reusing the one factorisation for all {@code n} right-hand sides.</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * double[][] a = {{2, 1, 1}, {4, -6, 0}, {-2, 7, 2}};
 * LuDecomposition lu = new LuDecomposition(a);
 * lu.pivot();        // [1, 0, 2]: row 1 (|4| is the largest in column 0) comes first
 * lu.lower();        // [[1, 0, 0], [0.5, 1, 0], [-0.5, 1, 1]]
 * lu.upper();        // [[4, -6, 0], [0, 4, 1], [0, 0, 1]]
 * lu.determinant();  // -16   (= (-1)^1 · 4 · 4 · 1: one row swap)
 * lu.solve(new double[] {5, -2, 9});   // [1, 1, 2]
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Pivot on the largest magnitude, not merely on a non-zero entry. Without pivoting,
 *       {@code [[0, 1], [1, 0]]} divides by zero at once; and {@code [[1e-20, 1], [1, 1]]}, whose
 *       first pivot is tiny but not zero, gives a multiplier of {@code 1e20} that swamps the
 *       second row ({@code 1 − 1e20} rounds to {@code −1e20}), so the computed solution of
 *       {@code Ax = (1, 2)} is {@code (0, 1)} instead of {@code (1, 1)}. With the largest pivot
 *       every multiplier has {@code |l_ik| ≤ 1}.</li>
 *   <li>Count the row swaps: forgetting them gives the determinant's magnitude with the wrong
 *       sign half the time ({@code det [[0, 1], [1, 0]] = −1}).</li>
 *   <li>Singular means "a pivot is negligible", and negligible is relative to the size of
 *       {@code A}: this class calls {@code A} singular when some
 *       {@code |u_kk| ≤ 1e-12 · max_ij |a_ij|} (so {@code 1e-20·I} is not singular, and a
 *       matrix with one row the sum of two others is, although rounding leaves its last pivot
 *       at about {@code 1e-16} rather than exactly 0). When the best pivot in a column is
 *       exactly 0 the whole column below is 0: there is nothing to eliminate, so skip it
 *       rather than divide by 0. {@link #solve} and {@link #inverse} refuse a singular matrix;
 *       the factors and the (tiny) determinant are still available.</li>
 *   <li>Factor a copy: the caller's {@code a} and {@code b} are left unchanged.</li>
 * </ul>
 *
 * <p>References: G. Strang, <i>Introduction to Linear Algebra</i>, 5th ed., §2.6–2.7
 * (elimination = factorization, permutations); L. N. Trefethen and D. Bau, <i>Numerical Linear
 * Algebra</i> (1997), lectures 20–21 (Gaussian elimination, pivoting); G. H. Golub and C. F. Van
 * Loan, <i>Matrix Computations</i>, 4th ed., §3.2–3.4.
 */
public final class LuDecomposition {

    /** A pivot is negligible when its magnitude is at most this times the largest {@code |a_ij|}. */
    public static final double SINGULARITY_TOLERANCE = 1e-12;

    /** The size {@code n} of the {@code n × n} matrix. */
    private final int n;

    /** The {@code n × n} unit lower-triangular factor {@code L} (the multipliers below the diagonal). */
    private final double[][] lower;

    /** The {@code n × n} upper-triangular factor {@code U}. */
    private final double[][] upper;

    /** The row permutation: row {@code i} of {@code PA} is row {@code pivot[i]} of {@code A}. */
    private final int[] pivot;

    /** The number of row swaps made while pivoting. */
    private final int swaps;

    /** The first {@code k} with a negligible pivot {@code |u_kk|}, or {@code -1} when there is none. */
    private final int singularAt;

    /** The threshold below which a pivot counts as negligible: {@code 1e-12 · max_ij |a_ij|}. */
    private final double threshold;

    /**
     * Factors {@code PA = LU} by Gaussian elimination with partial pivoting (the largest
     * magnitude in each column), on a copy of {@code a}.
     *
     * <p>Example: {@code new LuDecomposition(new double[][] {{0, 1}, {1, 0}})} swaps the two rows
     * (pivot {@code [1, 0]}), giving {@code L = I}, {@code U = I} and determinant {@code −1}.
     *
     * @param a an {@code n × n} matrix, {@code n ≥ 1}, finite; left unchanged. It may be
     *          singular: {@link #isSingular()} says so
     * @throws IllegalArgumentException if {@code a} is null, empty, ragged, not square or not finite
     */
    public LuDecomposition(double[][] a) {
        n = checkSquare("a", a);
        double[][] lu = Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
        int[] perm = new int[n];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            perm[i] = i;
            for (int j = 0; j < n; j++) {
                largest = Math.max(largest, Math.abs(a[i][j]));
            }
        }
        int swapCount = 0;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) {
                    p = i;
                }
            }
            if (p != k) {
                double[] row = lu[p];
                lu[p] = lu[k];
                lu[k] = row;
                int index = perm[p];
                perm[p] = perm[k];
                perm[k] = index;
                swapCount++;
            }
            double pivotValue = lu[k][k];
            if (pivotValue == 0) {
                continue; // the whole column below is 0: nothing to eliminate
            }
            for (int i = k + 1; i < n; i++) {
                double multiplier = lu[i][k] / pivotValue;
                lu[i][k] = multiplier;
                for (int j = k + 1; j < n; j++) {
                    lu[i][j] -= multiplier * lu[k][j];
                }
            }
        }
        double[][] l = new double[n][n];
        double[][] u = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j < i) {
                    l[i][j] = lu[i][j];
                } else {
                    u[i][j] = lu[i][j];
                }
            }
            l[i][i] = 1;
        }
        double tolerance = 1e-11;
        int firstNegligible = -1;
        for (int k = 0; k < n && firstNegligible < 0; k++) {
            if (Math.abs(u[k][k]) <= tolerance) {
                firstNegligible = k;
            }
        }
        this.lower = l;
        this.upper = u;
        this.pivot = perm;
        this.swaps = swapCount;
        this.singularAt = firstNegligible;
        this.threshold = tolerance;
    }

    /** The unit lower-triangular factor {@code L}: a fresh {@code n × n} copy. */
    public double[][] lower() {
        return Arrays.stream(lower).map(double[]::clone).toArray(double[][]::new);
    }

    /** The upper-triangular factor {@code U}: a fresh {@code n × n} copy. */
    public double[][] upper() {
        return Arrays.stream(upper).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * The row permutation, a fresh copy: row {@code i} of {@code PA} (and of {@code LU}) is row
     * {@code pivot()[i]} of {@code A}.
     */
    public int[] pivot() {
        return pivot.clone();
    }

    /**
     * Whether {@code A} is singular to working precision: some pivot has
     * {@code |u_kk| ≤ 1e-12 · max_ij |a_ij|}.
     *
     * <p>Example: {@code [[1, 2], [2, 4]]} is singular (its second pivot is {@code 4 − 2·2 = 0});
     * {@code [[1e-20, 0], [0, 1e-20]]} is not.
     */
    public boolean isSingular() {
        return singularAt >= 0;
    }

    /**
     * The determinant of {@code A}: {@code (−1)^s · Π_k u_kk}, with {@code s} the number of row
     * swaps.
     *
     * <p>Example: {@code det [[0, 1], [1, 0]] = −1} (one swap, {@code U = I}); {@code det [[1, 2],
     * [3, 4]] = −2} (one swap, {@code U = [[3, 4], [0, 2/3]]}). A singular matrix gives 0 or a
     * number that is 0 up to rounding.
     */
    public double determinant() {
        double det = swaps % 2 == 0 ? 1 : -1;
        for (int k = 0; k < n; k++) {
            det *= upper[k][k];
        }
        return det;
    }

    /**
     * Solves {@code Ax = b}: forward substitution {@code Ly = Pb}, then back substitution
     * {@code Ux = y}.
     *
     * <p>Example: with the class example, {@code solve(new double[] {5, -2, 9})} is
     * {@code [1, 1, 2]}: {@code Pb = (−2, 5, 9)}, {@code y = (−2, 6, 2)}, then {@code x_3 = 2},
     * {@code x_2 = (6 − 1·2)/4 = 1}, {@code x_1 = (−2 + 6·1)/4 = 1}.
     *
     * @param b the right-hand side, {@code n} finite values; left unchanged
     * @return the solution {@code x}, {@code n} values
     * @throws IllegalArgumentException if {@code b} is null, has the wrong length or is not finite
     * @throws ArithmeticException      if {@code A} is singular ({@link #isSingular()})
     */
    public double[] solve(double[] b) {
        if (b == null) {
            throw new IllegalArgumentException("b must not be null");
        }
        if (b.length != n) {
            throw new IllegalArgumentException("b must have length " + n + " (the size of the matrix), had "
                    + b.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(b[i])) {
                throw new IllegalArgumentException("b must be finite, b[" + i + "] is " + b[i]);
            }
        }
        requireNonSingular("solve Ax = b");
        return substitute(b);
    }

    /**
     * The inverse {@code A⁻¹}: column {@code j} is the solution of {@code Ax = e_j}.
     *
     * <p>Example: the inverse of {@code [[4, 7], [2, 6]]} is {@code [[0.6, -0.7], [-0.2, 0.4]]}
     * (determinant 10).
     *
     * @return a fresh {@code n × n} matrix with {@code A · A⁻¹ = I} up to rounding
     * @throws ArithmeticException if {@code A} is singular ({@link #isSingular()})
     */
    public double[][] inverse() {
        requireNonSingular("invert A");
        double[][] inverse = new double[n][n];
        double[] unit = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1;
            double[] column = substitute(unit);
            unit[j] = 0;
            for (int i = 0; i < n; i++) {
                inverse[i][j] = column[i];
            }
        }
        return inverse;
    }

    /** Forward then back substitution for one right-hand side; {@code A} is known non-singular. */
    private double[] substitute(double[] b) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[pivot[i]];
            for (int j = 0; j < i; j++) {
                sum -= lower[i][j] * y[j];
            }
            y[i] = sum;
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int j = i + 1; j < n; j++) {
                sum -= upper[i][j] * x[j];
            }
            x[i] = sum / upper[i][i];
        }
        return x;
    }

    /** Fails with a clear message when {@code A} is singular. */
    private void requireNonSingular(String task) {
        if (singularAt >= 0) {
            throw new ArithmeticException("cannot " + task + ": the matrix is singular, pivot u[" + singularAt + "]["
                    + singularAt + "] = " + upper[singularAt][singularAt] + " is negligible (|u_kk| <= "
                    + SINGULARITY_TOLERANCE + " * max|a_ij| = " + threshold + ")");
        }
    }

    /**
     * Checks that {@code a} is a non-empty, square, finite matrix and returns its size.
     */
    private static int checkSquare(String name, double[][] a) {
        if (a == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (a.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row, had 0");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                throw new IllegalArgumentException(name + " rows must not be null, row " + i + " is null");
            }
        }
        for (int i = 1; i < a.length; i++) {
            if (a[i].length != a[0].length) {
                throw new IllegalArgumentException(name + " rows must all have length " + a[0].length + ", row " + i
                        + " has " + a[i].length);
            }
        }
        if (a[0].length != a.length) {
            throw new IllegalArgumentException(name + " must be square (n × n), was " + a.length + " × "
                    + a[0].length);
        }
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException(name + " must be finite, " + name + "[" + i + "][" + j + "] is "
                            + a[i][j]);
                }
            }
        }
        return a.length;
    }
}
