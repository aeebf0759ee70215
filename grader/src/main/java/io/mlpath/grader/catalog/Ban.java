package io.mlpath.grader.catalog;

/**
 * An API that learner code of a challenge must not use, found in its compiled bytecode.
 *
 * <p>Catalogs add bans for a module ({@code bans} at the top) or one challenge (in its entry) on
 * top of the {@link SystemBans} that apply everywhere. The prefix has one of the shapes of
 * {@link ApiPrefix}: a package, a class or a member.
 *
 * <pre>{@code
 * {"prefix": "org.apache.commons.math3.", "why": "phase 1 builds the mathematics by hand",
 *  "instead": "write the loops over double[] yourself"}
 * }</pre>
 *
 * @param prefix  a package ({@code org.nd4j.autodiff.}), class ({@code java.util.Arrays}) or member
 *                ({@code java.lang.System.exit}), dotted
 * @param why     why it is banned here, as the learner will read it
 * @param instead what to use instead
 */
public record Ban(String prefix, String why, String instead) {
}
