/**
 * The learner release and its grading pack, written by {@code ./mlpath release <out>}.
 *
 * <p>The upstream repository holds everything: stubs, references, public and hidden tests, known
 * mistakes. Learners get a {@link io.mlpath.cli.release.LearnerRelease}: every tracked file but
 * the references, hidden tests, known mistakes, fixture scripts and upstream-only CI, as a fresh
 * git repository. Instructors keep the {@link io.mlpath.cli.release.GradingPack}: the hidden
 * tests plus the checksums of every file the grading relies on, so grading can prove it runs on
 * an unmodified release before it copies the hidden tests in.
 *
 * <p>Which path goes where is decided in one place, {@code ReleaseLayout}.
 */
package io.mlpath.cli.release;
