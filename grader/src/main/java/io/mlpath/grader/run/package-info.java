/**
 * Compile challenge sources and run their tests inside one JVM: {@code javax.tools} for the
 * compile, the JUnit Platform Launcher for the run, a child-first class loader per variant.
 * The curriculum check uses it to grade stubs and known mistakes; it is also the basis of a
 * fast edit-test loop.
 */
package io.mlpath.grader.run;
