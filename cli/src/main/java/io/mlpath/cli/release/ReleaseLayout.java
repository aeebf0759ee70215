package io.mlpath.cli.release;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which repository paths go to learners, which to the grading pack, and which the grading trusts.
 *
 * <p>Paths are relative to the repository root, with {@code /} separators, as {@code git ls-files}
 * prints them. A module is one top-level directory ({@code phase1-foundations}, {@code grader}, ...).
 */
final class ReleaseLayout {

    /** The workflow that grades forks upstream; learners' repositories have no use for it. */
    static final String SUBMISSION_WORKFLOW = ".github/workflows/grade-submission.yml";

    /** Upstream only: references, hidden tests, known mistakes, fixture scripts, the project's own CI. */
    private static final List<Pattern> UPSTREAM_ONLY = List.of(
            Pattern.compile("[^/]+/src/(solution|grading|mistakes)/.+"),
            Pattern.compile("[^/]+/fixtures/.+"),
            Pattern.compile("\\.ci/.+"),
            Pattern.compile(Pattern.quote(SUBMISSION_WORKFLOW)));

    private static final Pattern HIDDEN = Pattern.compile("[^/]+/src/grading/.+");

    /**
     * What grading runs on: the build (poms, Maven wrapper, the {@code mlpath} launcher), what is
     * graded (catalogs, public tests, the plot sources compiled with them) and the grading code
     * itself (grader, cli, datasets).
     */
    private static final List<Pattern> TRUSTED = List.of(
            Pattern.compile("(.+/)?pom\\.xml"),
            Pattern.compile("\\.mvn/.+"),
            Pattern.compile("mvnw[^/]*"),
            Pattern.compile("mlpath"),
            Pattern.compile("(.+/)?catalog\\.json"),
            Pattern.compile("[^/]+/src/(test|plot)/.+"),
            Pattern.compile("(grader|cli|datasets)/.+"));

    private ReleaseLayout() {
    }

    /** Whether {@code path} goes into the learner release. */
    static boolean isLearnerFile(String path) {
        return UPSTREAM_ONLY.stream().noneMatch(p -> p.matcher(path).matches());
    }

    /** Whether {@code path} is a hidden test or hidden fixture ({@code <module>/src/grading/**}): it goes into the pack. */
    static boolean isHidden(String path) {
        return HIDDEN.matcher(path).matches();
    }

    /** Whether grading relies on the release's {@code path} being unmodified (its checksum goes into the pack). */
    static boolean isTrusted(String path) {
        return TRUSTED.stream().anyMatch(p -> p.matcher(path).matches());
    }
}
