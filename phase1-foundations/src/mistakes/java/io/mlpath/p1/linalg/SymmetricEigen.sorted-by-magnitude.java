// Known mistake: the eigenpairs are sorted by decreasing |eigenvalue| instead of by value.
package io.mlpath.p1.linalg;

import java.util.Arrays;

/**
 * The eigen-decomposition of a real symmetric matrix, {@code S = V Λ Vᵀ}, by cyclic Jacobi
 * rotations, with the eigenvalues sorted from largest to smallest.
 *
 * <h2>The maths</h2>
 * A real symmetric {@code d × d} matrix {@code S} has {@code d} real eigenvalues
 * {@code λ_0 ≥ λ_1 ≥ … ≥ λ_{d−1}} and an orthonormal basis of eigenvectors {@code v_i}:
 * {@code S v_i = λ_i v_i}, {@code v_i · v_j = 0} for {@code i ≠ j}, {@code ‖v_i‖₂ = 1} (the
 * spectral theorem). With {@code V} the matrix whose columns are the {@code v_i} and
 * {@code Λ = diag(λ_i)}: {@code VᵀV = I} and {@code S = V Λ Vᵀ = Σ_i λ_i v_i v_iᵀ}.
 *
 * <p>The Jacobi method finds them by rotating {@code S} towards a diagonal matrix. A rotation
 * {@code J} in the plane of coordinates {@code (p, q)} (the identity except
 * {@code J_pp = J_qq = c}, {@code J_pq = s}, {@code J_qp = −s}) is chosen so that
 * {@code A' = Jᵀ A J} has {@code A'_pq = 0}:
 * <pre>
 *   τ = (A_qq − A_pp) / (2 A_pq),   t = sign(τ) / (|τ| + √(1 + τ²))   (take sign(0) = +1),
 *   c = 1 / √(1 + t²),              s = t·c.
 * </pre>
 * Columns {@code p, q} of {@code A} become {@code c·A_p − s·A_q} and {@code s·A_p + c·A_q},
 * then rows {@code p, q} the same way; the same column update applied to {@code V} (which
 * starts as the identity) accumulates {@code V = J_1 J_2 …}. A <i>sweep</i> rotates every pair
 * {@code p < q} once. Rotations keep the Frobenius norm and move weight from the off-diagonal
 * to the diagonal; after a few sweeps the off-diagonal shrinks quadratically. When a sweep
 * finds every off-diagonal entry negligible, the diagonal of {@code A} holds the eigenvalues
 * and the <i>columns</i> of {@code V} the eigenvectors, in no particular order: sort the pairs
 * by decreasing eigenvalue, moving each eigenvector with its eigenvalue.
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * SymmetricEigen eig = new SymmetricEigen(new double[][] {{2, 1}, {1, 2}});
 * eig.eigenvalues();    // [3, 1]
 * eig.eigenvectors();   // [[0.7071, 0.7071], [0.7071, -0.7071]]   (row i goes with eigenvalue i; each up to sign)
 * // one rotation does it: τ = 0, t = 1, c = s = 1/√2
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>Sorted means by value, largest first: {@code diag(1, −5, 3)} has eigenvalues
 *       {@code [3, 1, −5]}, not {@code [−5, 3, 1]} (by magnitude) nor {@code [1, −5, 3]} (as
 *       Jacobi leaves them; a diagonal matrix needs no rotation at all).</li>
 *   <li>An eigenvector is defined only up to sign ({@code v} and {@code −v}); this class makes
 *       the largest-magnitude entry of each positive, but any sign is correct and the tests
 *       compare up to sign. Its <i>length</i> is not free: every eigenvector is a unit vector
 *       ({@code ‖v‖₂ = 1}), not scaled so that its largest entry is 1.</li>
 *   <li>A repeated eigenvalue has a whole eigenspace: any orthonormal basis of it is
 *       correct.</li>
 *   <li>Choosing the smaller root {@code t} (rotation angle ≤ π/4) keeps each rotation stable,
 *       and {@code V}, a product of rotations, stays orthogonal to rounding. Jacobi costs
 *       {@code O(d³)} per sweep and usually needs 5–10 sweeps: fine for the tens of dimensions
 *       here. Power iteration with deflation is simpler but slow when two eigenvalues are
 *       close, and its errors accumulate with every deflation.</li>
 *   <li>{@code S} must be symmetric: {@code |s_ij − s_ji| ≤ 1e-12 · max |s_kl|}. The caller's
 *       array is left unchanged.</li>
 * </ul>
 *
 * <p>References: G. H. Golub and C. F. Van Loan, <i>Matrix Computations</i>, 4th ed., §8.1 (the
 * symmetric eigenproblem) and §8.5 (Jacobi methods); L. N. Trefethen and D. Bau, <i>Numerical
 * Linear Algebra</i> (1997), lectures 24–25 and 30 (Jacobi); G. Strang, <i>Introduction to Linear
 * Algebra</i>, 5th ed., §6.4 (symmetric matrices).
 */
public final class SymmetricEigen {

    /** {@code S} counts as symmetric when every {@code |s_ij − s_ji|} is at most this times the largest {@code |s_kl|}. */
    public static final double SYMMETRY_TOLERANCE = 1e-12;

    /** Most Jacobi sweeps before giving up; a sweep rotates every off-diagonal pair once. */
    private static final int MAX_SWEEPS = 100;

    /** The {@code d} eigenvalues, largest first. */
    private final double[] values;

    /** {@code vectors[i]} is the unit eigenvector of {@code values[i]}. */
    private final double[][] vectors;

    /**
     * Eigen-decomposes the symmetric matrix {@code s}: runs {@link #jacobi}, sorts the pairs by
     * decreasing eigenvalue, and makes the largest-magnitude entry of each eigenvector positive.
     *
     * <p>Example: {@code new SymmetricEigen(new double[][] {{1, 0, 0}, {0, 5, 0}, {0, 0, 3}})} has
     * eigenvalues {@code [5, 3, 1]} and eigenvectors {@code [[0, 1, 0], [0, 0, 1], [1, 0, 0]]}.
     *
     * @param s a symmetric {@code d × d} matrix, {@code d ≥ 1}, finite; left unchanged
     * @throws IllegalArgumentException if {@code s} is null, empty, ragged, not square, not finite
     *                                  or not symmetric
     */
    public SymmetricEigen(double[][] s) {
        int d = checkSymmetric(s);
        Pairs pairs = jacobi(s);
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(Math.abs(pairs.values()[j]), Math.abs(pairs.values()[i])));
        double[] sortedValues = new double[d];
        double[][] sortedVectors = new double[d][];
        for (int c = 0; c < d; c++) {
            double[] v = pairs.vectors()[order[c]].clone();
            int largest = 0;
            for (int j = 1; j < d; j++) {
                if (Math.abs(v[j]) > Math.abs(v[largest])) {
                    largest = j;
                }
            }
            if (v[largest] < 0) {
                for (int j = 0; j < d; j++) {
                    v[j] = -v[j];
                }
            }
            sortedValues[c] = pairs.values()[order[c]];
            sortedVectors[c] = v;
        }
        this.values = sortedValues;
        this.vectors = sortedVectors;
    }

    /** The {@code d} eigenvalues, largest first: a fresh copy. */
    public double[] eigenvalues() {
        return values.clone();
    }

    /**
     * The eigenvectors, a fresh {@code d × d} copy: row {@code i} is the unit eigenvector of
     * {@code eigenvalues()[i]} (so the rows are {@code Vᵀ}, and they are orthonormal).
     */
    public double[][] eigenvectors() {
        return Arrays.stream(vectors).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * Eigenvalues and eigenvectors, paired by index.
     *
     * @param values  the eigenvalues, in no particular order
     * @param vectors {@code vectors[i]} is the unit eigenvector of {@code values[i]}
     */
    private record Pairs(double[] values, double[][] vectors) {
    }

    /**
     * Cyclic Jacobi: rotates every off-diagonal pair {@code (p, q)} of a copy {@code A} of
     * {@code s} to zero, sweep after sweep, accumulating the rotations in {@code V}, until a
     * sweep finds every {@code |A_pq|} negligible
     * ({@code ≤ max(1e-15 · √|A_pp · A_qq|, 1e-18 · ‖S‖_F)}).
     *
     * <p>Example: {@code [[2, 1], [1, 2]]} needs one rotation ({@code c = s = 1/√2}); it leaves
     * {@code A = diag(1, 3)} and {@code V = [[c, s], [−s, c]]}, whose columns {@code (1, −1)/√2}
     * and {@code (1, 1)/√2} are the eigenvectors of 1 and 3.
     *
     * @param s a symmetric {@code d × d} matrix; left unchanged
     * @return the {@code d} eigenpairs: the diagonal of {@code A} and the columns of {@code V}, unsorted
     */
    private static Pairs jacobi(double[][] s) {
        int d = s.length;
        double[][] a = Arrays.stream(s).map(double[]::clone).toArray(double[][]::new);
        double[][] v = new double[d][d];
        double frobenius = 0;
        for (int i = 0; i < d; i++) {
            v[i][i] = 1;
            for (int j = 0; j < d; j++) {
                frobenius += a[i][j] * a[i][j];
            }
        }
        frobenius = Math.sqrt(frobenius);
        boolean rotated = true;
        for (int sweep = 0; rotated; sweep++) {
            if (sweep == MAX_SWEEPS) {
                throw new IllegalStateException("Jacobi did not converge in " + MAX_SWEEPS + " sweeps");
            }
            rotated = false;
            for (int p = 0; p < d - 1; p++) {
                for (int q = p + 1; q < d; q++) {
                    double apq = a[p][q];
                    double negligible = Math.max(1e-15 * Math.sqrt(Math.abs(a[p][p] * a[q][q])), 1e-18 * frobenius);
                    if (Math.abs(apq) <= negligible) {
                        a[p][q] = 0;
                        a[q][p] = 0;
                        continue;
                    }
                    rotated = true;
                    double tau = (a[q][q] - a[p][p]) / (2 * apq);
                    double t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
                    double c = 1 / Math.sqrt(1 + t * t);
                    double sin = t * c;
                    for (int r = 0; r < d; r++) {
                        double arp = a[r][p];
                        double arq = a[r][q];
                        a[r][p] = c * arp - sin * arq;
                        a[r][q] = sin * arp + c * arq;
                    }
                    for (int r = 0; r < d; r++) {
                        double apr = a[p][r];
                        double aqr = a[q][r];
                        a[p][r] = c * apr - sin * aqr;
                        a[q][r] = sin * apr + c * aqr;
                    }
                    a[p][q] = 0;
                    a[q][p] = 0;
                    for (int r = 0; r < d; r++) {
                        double vrp = v[r][p];
                        double vrq = v[r][q];
                        v[r][p] = c * vrp - sin * vrq;
                        v[r][q] = sin * vrp + c * vrq;
                    }
                }
            }
        }
        double[] values = new double[d];
        double[][] vectors = new double[d][d];
        for (int i = 0; i < d; i++) {
            values[i] = a[i][i];
            for (int r = 0; r < d; r++) {
                vectors[i][r] = v[r][i];
            }
        }
        return new Pairs(values, vectors);
    }

    /** Checks that {@code s} is a non-empty, square, finite, symmetric matrix and returns its size. */
    private static int checkSymmetric(double[][] s) {
        if (s == null) {
            throw new IllegalArgumentException("s must not be null");
        }
        if (s.length == 0) {
            throw new IllegalArgumentException("s must have at least one row, had 0");
        }
        for (int i = 0; i < s.length; i++) {
            if (s[i] == null) {
                throw new IllegalArgumentException("s rows must not be null, row " + i + " is null");
            }
        }
        for (int i = 1; i < s.length; i++) {
            if (s[i].length != s[0].length) {
                throw new IllegalArgumentException("s rows must all have length " + s[0].length + ", row " + i
                        + " has " + s[i].length);
            }
        }
        int d = s.length;
        if (s[0].length != d) {
            throw new IllegalArgumentException("s must be square (d × d), was " + d + " × " + s[0].length);
        }
        double largest = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(s[i][j])) {
                    throw new IllegalArgumentException("s must be finite, s[" + i + "][" + j + "] is " + s[i][j]);
                }
                largest = Math.max(largest, Math.abs(s[i][j]));
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                if (Math.abs(s[i][j] - s[j][i]) > SYMMETRY_TOLERANCE * largest) {
                    throw new IllegalArgumentException("s must be symmetric (s[i][j] = s[j][i]), but s[" + i + "][" + j
                            + "] = " + s[i][j] + " and s[" + j + "][" + i + "] = " + s[j][i]);
                }
            }
        }
        return d;
    }
}
