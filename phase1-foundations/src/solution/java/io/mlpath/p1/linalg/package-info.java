/**
 * Linear algebra from scratch on plain {@code double[]} and {@code double[][]}: vectors,
 * matrices, geometric transformations, solving linear systems, least squares, symmetric
 * eigen-decomposition and principal component analysis.
 *
 * <p>Phase 1 lets no library do the work: every product, decomposition and projection is a
 * loop you write, so that later phases can use ND4J and Smile knowing what they compute.
 * Numerical care is part of each challenge: pivot when eliminating, orthogonalise stably,
 * centre before a covariance, and compare eigenvectors only up to sign.
 *
 * <ul>
 *   <li>{@link io.mlpath.p1.linalg.Vectors}: dot product, L1/L2/L∞ norms (L2 without overflow),
 *       cosine similarity, projection.</li>
 *   <li>{@link io.mlpath.p1.linalg.Matrices}: product, matrix-vector product, transpose, identity,
 *       trace.</li>
 *   <li>{@link io.mlpath.p1.linalg.Transformations}: 2-D rotation, scale, shear and reflection,
 *       homogeneous translation, composition ("apply A then B"), the determinant as area scale.</li>
 *   <li>{@link io.mlpath.p1.linalg.LuDecomposition}: LU with partial pivoting; solve, determinant,
 *       inverse, singularity.</li>
 *   <li>{@link io.mlpath.p1.linalg.QrDecomposition}: QR by modified Gram-Schmidt; least squares
 *       through {@code Rx = Qᵀb}.</li>
 *   <li>{@link io.mlpath.p1.linalg.SymmetricEigen}: symmetric eigen-decomposition by Jacobi
 *       rotations, eigenvalues sorted largest first.</li>
 *   <li>{@link io.mlpath.p1.linalg.Pca}: principal component analysis by eigen-decomposing the
 *       sample covariance with Jacobi rotations; fit, transform, inverse transform, explained
 *       variance.</li>
 * </ul>
 *
 * <p>Further reading: G. Strang, <i>Introduction to Linear Algebra</i>, 5th ed.; G. H. Golub and
 * C. F. Van Loan, <i>Matrix Computations</i>, 4th ed.; M. P. Deisenroth, A. A. Faisal and
 * C. S. Ong, <i>Mathematics for Machine Learning</i> (2020), chapters 2–4 and 10.
 */
package io.mlpath.p1.linalg;
