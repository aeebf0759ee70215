/**
 * Assertions for numerical code whose failure messages teach: expected, actual, where they
 * differ, the rule, and the likely mistake.
 *
 * <ul>
 *   <li>{@link io.mlpath.grader.assertions.ArrayAssertions}: numbers, vectors, matrices within a
 *       {@link io.mlpath.grader.assertions.Tolerance};</li>
 *   <li>{@link io.mlpath.grader.assertions.SignAssertions}: vectors up to sign, subspaces;</li>
 *   <li>{@link io.mlpath.grader.assertions.GradientCheck}: analytic gradient against central
 *       differences, by relative error;</li>
 *   <li>{@link io.mlpath.grader.assertions.StatisticalAssertions}: seeded samples against their
 *       distribution;</li>
 *   <li>{@link io.mlpath.grader.assertions.Failure}: build a message of the same shape for a
 *       check of your own.</li>
 * </ul>
 *
 * <p>The helpers work on {@code double[]} and {@code double[][]}; tests on ND4J arrays convert
 * with {@code toDoubleVector()} / {@code toDoubleMatrix()}, so the grader needs no ND4J.
 */
package io.mlpath.grader.assertions;
