/**
 * What challenge tests need from the grader: {@link io.mlpath.grader.Challenge} and
 * {@link io.mlpath.grader.Points} to attach a test to a challenge and give it points.
 *
 * <p>The assertion helpers for numerical work are in {@link io.mlpath.grader.assertions};
 * the engine that turns test results into grades and reports is in
 * {@link io.mlpath.grader.engine} and {@link io.mlpath.grader.report}.
 */
package io.mlpath.grader;
