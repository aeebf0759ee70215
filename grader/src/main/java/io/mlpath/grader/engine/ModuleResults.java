package io.mlpath.grader.engine;

import java.util.List;

/**
 * The test results of one module's run, as written to {@code target/mlpath/results/<module>.json}
 * at the repository root (rewritten after every test, so an interrupted run keeps what it had).
 *
 * @param schemaVersion the file format version
 * @param module        the module's directory name
 * @param finished      whether the test run completed
 * @param tests         one entry per test method
 */
public record ModuleResults(int schemaVersion, String module, boolean finished, List<TestResult> tests) {

    /** The current file format version. */
    public static final int SCHEMA_VERSION = 1;
}
