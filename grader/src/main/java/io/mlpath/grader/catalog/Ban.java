package io.mlpath.grader.catalog;

/**
 * An API that learner code of a challenge must not use, found in its compiled bytecode.
 *
 * <pre>{@code
 * {"prefix": "org.apache.commons.math3.", "why": "phase 1 builds the mathematics by hand",
 *  "instead": "write the loops over double[] yourself"}
 * }</pre>
 *
 * @param prefix  a package ({@code org.nd4j.autodiff.}) or class name prefix, dotted
 * @param why     why it is banned here, as the learner will read it
 * @param instead what to use instead
 */
public record Ban(String prefix, String why, String instead) {
}
