/**
 * The whole-repository reports: {@code grades.json}, {@code grades.md}, Gradescope's
 * {@code results.json}, the {@code Points X/Y} line, the scoreboard and the HTML progress page
 * ({@link io.mlpath.grader.report.HtmlReport}), from the catalogs and the modules' results.
 * Start at {@link io.mlpath.grader.report.ReportMain}.
 */
package io.mlpath.grader.report;
