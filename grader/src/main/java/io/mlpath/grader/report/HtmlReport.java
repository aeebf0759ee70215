package io.mlpath.grader.report;

import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.engine.ModuleResults;
import io.mlpath.grader.engine.ResultsFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The progress page, {@code target/mlpath/report/index.html}: the whole curriculum on one
 * static page a learner opens in a browser.
 *
 * <p>The page shows the overall points with a progress bar; then, per phase, its points, its
 * bar and a table of its challenges in curriculum order with id, title, status (a colour and a
 * text label) and points. Under a challenge that is not passed come its first failing tests with
 * the first lines of their messages; under any challenge, thumbnails of its pictures from
 * {@code target/mlpath/plots/<challenge-id>/}. Before any test has run, the page says how to run
 * them.
 *
 * <p>The page is one self-contained file: inline CSS, no script, nothing fetched from a network;
 * pictures are linked relative to it. Every text is escaped.
 *
 * <p>Example: {@code HtmlReport.write(Path.of("."))} writes the page for the repository in the
 * current directory and returns {@code ./target/mlpath/report/index.html}.
 */
public final class HtmlReport {

    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private HtmlReport() {
    }

    /** {@code <root>/target/mlpath/report/index.html}: where the page is written. */
    public static Path file(Path root) {
        return ResultsFiles.reportDir(root).resolve("report").resolve("index.html");
    }

    /** Writes the page for the repository at {@code root}, from its catalogs and latest results; returns the file. */
    public static Path write(Path root) {
        Path file = file(root);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(root, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the progress page " + file, e);
        }
        return file;
    }

    /** The page's HTML for the repository at {@code root}, saying it was generated at {@code generated}. */
    public static String render(Path root, Instant generated) {
        List<Catalog> catalogs = CatalogLoader.loadAll(root);
        List<ModuleResults> results = ResultsFiles.readAll(root);
        RepositoryGrades grades = RepositoryGrades.of(catalogs, results);
        boolean hasRun = !results.isEmpty();
        ChallengeRows rows = new ChallengeRows(root, file(root).getParent(), hasRun);
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>mlpath progress</title>\n<style>\n").append(HtmlStyle.CSS).append("</style>\n")
                .append("</head>\n<body>\n");
        page.append(header(grades, hasRun, generated)).append("<main>\n");
        if (!hasRun) {
            page.append("<p class=\"notice\" role=\"status\">No results yet: run <code>./mvnw test</code> or ")
                    .append("<code>./mlpath test &lt;id&gt;</code>, then open this page again.</p>\n");
        }
        for (Catalog catalog : catalogs) {
            page.append(phase(catalog, grades, rows));
        }
        page.append(problems(grades.problems())).append("</main>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String header(RepositoryGrades grades, boolean hasRun, Instant generated) {
        Instant shown = generated.truncatedTo(ChronoUnit.SECONDS);
        String counts = !hasRun ? "" : grades.countByStatus().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(" · "));
        return "<header id=\"overall\">\n<h1>mlpath progress</h1>\n"
                + "<p class=\"total\">" + Html.points(grades.score(), grades.maxScore()) + "</p>\n"
                + Html.bar(grades.score(), grades.maxScore(), "Overall progress")
                + (counts.isEmpty() ? "" : "<p class=\"meta\">Challenges: " + counts + "</p>\n")
                + "<p class=\"meta\">Generated <time datetime=\"" + shown + "\">"
                + SHOWN_TIME.format(shown.atZone(ZoneId.systemDefault())) + "</time></p>\n</header>\n";
    }

    private static String phase(Catalog catalog, RepositoryGrades grades, ChallengeRows rows) {
        Set<String> ids = catalog.challenges().stream().map(CatalogEntry::id).collect(Collectors.toSet());
        List<ChallengeGrade> challenges = grades.challenges().stream().filter(c -> ids.contains(c.id())).toList();
        int score = challenges.stream().mapToInt(ChallengeGrade::score).sum();
        int max = challenges.stream().mapToInt(ChallengeGrade::maxScore).sum();
        String heading = "Phase " + catalog.phase() + " · " + catalog.title();
        String anchor = "phase-" + catalog.phase();
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"").append(anchor).append("\">\n")
                .append("<h2 id=\"").append(anchor).append("\">").append(Html.escape(heading))
                .append(" <span class=\"module\">(").append(Html.escape(catalog.moduleDir().getFileName().toString()))
                .append(")</span></h2>\n<p>").append(Html.points(score, max)).append("</p>\n")
                .append(Html.bar(score, max, heading + " progress"));
        if (challenges.isEmpty()) {
            return out.append("<p>No challenges in this phase yet.</p>\n</section>\n").toString();
        }
        out.append("<table>\n<caption>").append(Html.escape(heading)).append(": challenges in curriculum order")
                .append("</caption>\n<thead><tr><th scope=\"col\">Challenge</th><th scope=\"col\">Title</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\" class=\"num\">Points</th></tr></thead>\n")
                .append("<tbody>\n");
        challenges.forEach(c -> out.append(rows.render(c)));
        return out.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private static String problems(List<String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"problems\">\n<h2 id=\"problems\">Problems</h2>\n<ul>\n");
        problems.forEach(p -> out.append("<li>").append(Html.escape(p)).append("</li>\n"));
        return out.append("</ul>\n</section>\n").toString();
    }
}
