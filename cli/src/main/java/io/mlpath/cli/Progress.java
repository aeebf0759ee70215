package io.mlpath.cli;

import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.report.ChallengeGrade;
import io.mlpath.grader.report.RepositoryGrades;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The learner's progress, computed from the catalogs and the latest results: never stored.
 *
 * @param root     the repository root
 * @param catalogs every module's catalog, by phase
 * @param grades   the grade of every challenge, in curriculum order
 * @param hasRun   whether any results exist yet
 */
record Progress(Path root, List<Catalog> catalogs, RepositoryGrades grades, boolean hasRun) {

    static Progress of(Path root) {
        List<Catalog> catalogs = CatalogLoader.loadAll(root);
        return new Progress(root, catalogs, RepositoryGrades.of(catalogs, ResultsFiles.readAll(root)),
                Files.isDirectory(ResultsFiles.resultsDir(root)));
    }

    Optional<CatalogEntry> entry(String id) {
        return catalogs.stream().flatMap(c -> c.challenges().stream()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entry of {@code id}; an unknown id fails with the three closest ids (the tool exits 2). */
    CatalogEntry require(String id) {
        return entry(id).orElseThrow(() -> new IllegalArgumentException("no challenge '" + id + "'; did you mean "
                + String.join(", ", ids().stream().sorted(Comparator.comparingInt((String known) ->
                        Levenshtein.distance(id, known))).limit(3).toList()) + "? (./mlpath list shows them all)"));
    }

    /** The module directory of the challenge {@code id}, which must exist. */
    Path moduleOf(String id) {
        require(id);
        return catalogOf(id).orElseThrow().moduleDir();
    }

    Optional<Catalog> catalogOf(String id) {
        return catalogs.stream().filter(c -> c.challenges().stream().anyMatch(e -> e.id().equals(id))).findFirst();
    }

    List<String> ids() {
        return grades.challenges().stream().map(ChallengeGrade::id).toList();
    }

    /** {@code [#####·····] 12/40} for a share of points. */
    static String bar(int score, int max, int width) {
        int filled = max == 0 ? 0 : (int) Math.round((double) width * score / max);
        return "[" + "#".repeat(filled) + "·".repeat(width - filled) + "] "
                + String.format(Locale.ROOT, "%3d %%", max == 0 ? 0 : 100 * score / max);
    }
}
