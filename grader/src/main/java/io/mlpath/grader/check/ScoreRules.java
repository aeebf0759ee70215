package io.mlpath.grader.check;

import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.engine.ChallengeStatus;
import io.mlpath.grader.engine.Status;
import io.mlpath.grader.engine.TestResult;
import io.mlpath.grader.report.PointsIndex;
import io.mlpath.grader.run.InProcessRun;
import io.mlpath.grader.run.SourceCompiler;
import io.mlpath.grader.run.SourceFile;
import io.mlpath.grader.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grades every variant of every challenge in process: the reference must score full points,
 * the untouched stub 0 with every test {@code not-attempted}, and each known mistake below full
 * points.
 */
final class ScoreRules {

    /** Compiled variants and tests shared by every challenge of the module. */
    record Workspace(Path stubClasses, Path referenceClasses, List<Path> testDirs, List<Path> classpath, Path scratch) {
    }

    private ScoreRules() {
    }

    static void check(ModuleLayout layout, Workspace ws, Map<String, List<String>> testsByChallenge, Findings findings) {
        for (CatalogEntry entry : layout.catalog().challenges()) {
            List<String> tests = testsByChallenge.getOrDefault(entry.id(), List.of());
            if (tests.isEmpty()) {
                continue; // TestRules reports it
            }
            StringBuilder summary = new StringBuilder(entry.id()).append(": ");
            List<TestResult> reference = run(ws.referenceClasses(), ws, tests, layout);
            int max = reference.stream().mapToInt(TestResult::maxScore).sum();
            int referenceScore = score(reference);
            summary.append("reference ").append(referenceScore).append('/').append(max);
            if (max == 0 || referenceScore != max) {
                findings.add("reference", entry.id(), "the reference scores " + referenceScore + "/" + max
                        + failures(reference), "fix the reference or the test until the reference scores full points");
            }
            int indexed = PointsIndex.scan(layout.moduleDir(), entry.id()).stream().mapToInt(TestResult::maxScore).sum();
            if (indexed != max) {
                findings.add("points", entry.id(), "the test sources read " + indexed + " points but the compiled tests carry "
                        + max, "write each test's annotations as @Points(n) directly above or among its other annotations"
                        + " and declare it as 'void name(...)', so a module that does not compile still shows its points");
            }
            List<TestResult> stub = run(ws.stubClasses(), ws, tests, layout);
            summary.append(" · stub ").append(score(stub)).append('/').append(max).append(' ').append(ChallengeStatus.of(stub));
            for (TestResult t : stub) {
                if (t.status() != Status.NOT_ATTEMPTED) {
                    findings.add("stub", entry.id() + " › " + t.name(), "on the untouched stub this test is " + t.status()
                            + " (" + firstLine(t.message()) + ")", "the test must reach a TODO in the stub and award"
                            + " nothing for code the learner did not write: call the learner's code, not given code");
                }
            }
            if (usesSeeds(layout, tests)) {
                seedSweep(layout, ws, entry, tests, max, summary, findings);
            }
            mistakes(layout, ws, entry, tests, max, summary, findings);
            findings.ok(summary.toString());
        }
    }

    private static void mistakes(ModuleLayout layout, Workspace ws, CatalogEntry entry, List<String> tests, int max,
                                 StringBuilder summary, Findings findings) {
        List<SourceFile> references = SourceCompiler.sourcesUnder(layout.solutions());
        for (SourceFile mistake : SourceCompiler.sourcesUnder(layout.mistakes())) {
            String twin = LayoutRules.twinOf(mistake.logicalPath()).orElse(null);
            if (twin == null || !entry.classes().contains(ModuleLayout.className(twin))) {
                continue; // badly named files are reported by LayoutRules
            }
            String fileName = mistake.file().getFileName().toString();
            String slug = fileName.substring(0, fileName.length() - ".java".length());
            List<SourceFile> sources = new ArrayList<>();
            references.stream().filter(r -> !r.logicalPath().equals(twin)).forEach(sources::add);
            sources.add(new SourceFile(mistake.file(), twin, mistake.text()));
            Path out = ws.scratch().resolve("mistakes").resolve(slug);
            List<String> errors = SourceCompiler.compile(sources, ws.classpath(), out);
            if (!errors.isEmpty()) {
                findings.add("mistakes", layout.show(mistake.file()), "does not compile: " + errors.get(0),
                        "a known mistake must compile; it is the reference with one logic error");
                continue;
            }
            int score = score(run(out, ws, tests, layout));
            summary.append(" · ").append(slug).append(' ').append(score).append('/').append(max);
            if (score >= max) {
                findings.add("mistakes", layout.show(mistake.file()), "scores full points: no test catches it",
                        "add a hidden test whose failure names this mistake");
            }
        }
    }

    /** Seeds offsets 0..{@value #SWEEP}-1 are the documented range every seeded test must pass. */
    static final int SWEEP = 20;

    private static void seedSweep(ModuleLayout layout, Workspace ws, CatalogEntry entry, List<String> tests, int max,
                                  StringBuilder summary, Findings findings) {
        String previous = System.getProperty(Seeds.OFFSET_PROPERTY);
        List<Integer> failing = new ArrayList<>();
        try {
            for (int offset = 1; offset < SWEEP; offset++) {
                System.setProperty(Seeds.OFFSET_PROPERTY, Integer.toString(offset));
                List<TestResult> results = run(ws.referenceClasses(), ws, tests, layout);
                if (score(results) != max) {
                    failing.add(offset);
                    findings.add("seeds", entry.id(), "with seed offset " + offset + " the reference scores "
                            + score(results) + "/" + max + failures(results),
                            "widen the statistical bound or use more samples, so the reference passes for every seed offset 0.."
                                    + (SWEEP - 1));
                }
            }
        } finally {
            if (previous == null) {
                System.clearProperty(Seeds.OFFSET_PROPERTY);
            } else {
                System.setProperty(Seeds.OFFSET_PROPERTY, previous);
            }
        }
        summary.append(" · seed offsets 0..").append(SWEEP - 1).append(failing.isEmpty() ? " all full" : " failing " + failing);
    }

    /** Whether any test class of the challenge takes seeds through {@code Seeds.of}. */
    private static boolean usesSeeds(ModuleLayout layout, List<String> tests) {
        for (String test : tests) {
            String file = test.replace('.', '/') + ".java";
            for (Path root : List.of(layout.publicTests(), layout.hiddenTests())) {
                try {
                    Path source = root.resolve(file);
                    if (Files.exists(source) && Files.readString(source).contains("Seeds.of(")) {
                        return true;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return false;
    }

    private static List<TestResult> run(Path variant, Workspace ws, List<String> tests, ModuleLayout layout) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(variant);
        dirs.addAll(ws.testDirs());
        return InProcessRun.run(dirs, tests, layout.moduleDir());
    }

    private static int score(List<TestResult> results) {
        return results.stream().mapToInt(TestResult::score).sum();
    }

    private static String failures(List<TestResult> results) {
        StringBuilder out = new StringBuilder();
        results.stream().filter(t -> t.status() != Status.PASSED).limit(3)
                .forEach(t -> out.append("; ").append(t.name()).append(": ").append(t.status()).append(' ')
                        .append(firstLine(t.message())));
        return out.toString();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
