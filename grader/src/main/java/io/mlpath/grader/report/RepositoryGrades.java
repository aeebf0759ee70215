package io.mlpath.grader.report;

import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.engine.ChallengeStatus;
import io.mlpath.grader.engine.ModuleResults;
import io.mlpath.grader.engine.ResultsFiles;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole repository's grade: every catalog's challenges, in phase and catalog order, with
 * the results of their tests ({@code grades.json}).
 *
 * @param schemaVersion the report format version
 * @param score         points scored over all challenges
 * @param maxScore      points available over all challenges
 * @param challenges    every challenge, in curriculum order
 * @param phases        the phase titles by phase number
 * @param problems      results that fit no catalog entry, and other things the reader must know
 */
public record RepositoryGrades(int schemaVersion, int score, int maxScore, List<ChallengeGrade> challenges,
                               Map<Integer, String> phases, List<String> problems) {

    /** The current {@code grades.json} format version. */
    public static final int SCHEMA_VERSION = 1;

    /** Grades the repository at {@code root} from its catalogs and its module results. */
    public static RepositoryGrades collect(Path root) {
        return of(CatalogLoader.loadAll(root), ResultsFiles.readAll(root));
    }

    /** Joins catalogs and results; a catalog entry without results is an error naming why. */
    public static RepositoryGrades of(List<Catalog> catalogs, List<ModuleResults> modules) {
        Map<String, List<TestResult>> byChallenge = new LinkedHashMap<>();
        Set<String> partial = new HashSet<>();
        for (ModuleResults module : modules) {
            if (!module.finished()) {
                partial.add(module.module());
            }
            for (TestResult test : module.tests()) {
                byChallenge.computeIfAbsent(test.challenge(), k -> new ArrayList<>()).add(test);
            }
        }
        List<ChallengeGrade> grades = new ArrayList<>();
        Map<Integer, String> phases = new LinkedHashMap<>();
        for (Catalog catalog : catalogs) {
            phases.put(catalog.phase(), catalog.title());
            for (CatalogEntry entry : catalog.challenges()) {
                grades.add(grade(catalog, entry, byChallenge.remove(entry.id()),
                        partial.contains(catalog.moduleDir().getFileName().toString())));
            }
        }
        List<String> problems = new ArrayList<>();
        byChallenge.forEach((id, tests) -> problems.add("tests " + tests.stream().map(TestResult::className)
                .distinct().toList() + " name challenge '" + id + "', which no catalog.json lists: fix the @Challenge id"
                + " or add the challenge to its phase's catalog.json"));
        int score = grades.stream().mapToInt(ChallengeGrade::score).sum();
        int max = grades.stream().mapToInt(ChallengeGrade::maxScore).sum();
        return new RepositoryGrades(SCHEMA_VERSION, score, max, grades, phases, problems);
    }

    /**
     * The grade of one entry. Without results it is an error when its module's run completed
     * (the module did not compile), and not attempted when the run did not cover every challenge
     * (interrupted, or single challenges run with {@code ./mlpath test}).
     */
    private static ChallengeGrade grade(Catalog catalog, CatalogEntry entry, List<TestResult> tests, boolean partialRun) {
        if (tests == null) {
            List<TestResult> missing = PointsIndex.scan(catalog.moduleDir(), entry.id());
            Status status = partialRun ? Status.NOT_ATTEMPTED : Status.ERROR;
            String why = partialRun ? "not run yet: ./mlpath test " + entry.id() + " or ./mvnw test runs it"
                    : "no result: the module " + catalog.moduleDir().getFileName()
                            + " did not compile or its tests did not run; see the build output above";
            List<TestResult> notRun = missing.stream().map(t -> t.withOutcome(status, why)).toList();
            int max = notRun.stream().mapToInt(TestResult::maxScore).sum();
            return new ChallengeGrade(entry.id(), catalog.phase(), entry.title(), entry.topic(), entry.order(), 0, max,
                    status, notRun);
        }
        int score = tests.stream().mapToInt(TestResult::score).sum();
        int max = tests.stream().mapToInt(TestResult::maxScore).sum();
        return new ChallengeGrade(entry.id(), catalog.phase(), entry.title(), entry.topic(), entry.order(), score, max,
                ChallengeStatus.of(tests), tests);
    }

    /** How many challenges have each status. */
    public Map<Status, Long> countByStatus() {
        Map<Status, Long> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            counts.put(status, challenges.stream().filter(c -> c.status() == status).count());
        }
        return counts;
    }
}
