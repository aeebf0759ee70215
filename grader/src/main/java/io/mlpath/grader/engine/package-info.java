/**
 * The grading engine: a JUnit Platform listener ({@link io.mlpath.grader.engine.GradingListener})
 * that turns test results into points and statuses per challenge and writes each module's
 * results under the repository's {@code target/mlpath/results/}.
 */
package io.mlpath.grader.engine;
