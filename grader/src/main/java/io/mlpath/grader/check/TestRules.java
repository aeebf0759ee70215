package io.mlpath.grader.check;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.engine.Visibility;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/**
 * Conventions of test classes: each names its challenge, is called {@code <Base>Test} (public)
 * or {@code <Base>GradingTest} (hidden) after one of the challenge's classes, and each test
 * method has points and a display name. Every challenge has public and hidden tests.
 */
final class TestRules {

    private TestRules() {
    }

    /** Test class names per challenge id (only classes that follow the rules). */
    static Map<String, List<String>> check(ModuleLayout layout, ClassLoader tests, Findings findings) {
        Map<String, List<String>> byChallenge = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (CatalogEntry entry : layout.catalog().challenges()) {
            byChallenge.put(entry.id(), new ArrayList<>());
            counts.put(entry.id(), new int[2]);
        }
        for (Visibility visibility : Visibility.values()) {
            Path root = visibility == Visibility.HIDDEN ? layout.hiddenTests() : layout.publicTests();
            for (String path : LayoutRules.relativePaths(root)) {
                if (path.endsWith("package-info.java")) {
                    continue;
                }
                String name = ModuleLayout.className(path);
                String where = layout.show(root.resolve(path));
                Class<?> type;
                try {
                    type = Class.forName(name, false, tests);
                } catch (ClassNotFoundException | LinkageError e) {
                    findings.add("tests", where, "did not load: " + e, "make the file declare the class " + name);
                    continue;
                }
                List<Method> testMethods = testMethods(type);
                Challenge challenge = type.getAnnotation(Challenge.class);
                if (challenge == null) {
                    if (!testMethods.isEmpty()) {
                        findings.add("tests", where, "has tests but no @Challenge", "annotate the class with @Challenge(\"<id>\")");
                    }
                    continue;
                }
                CatalogEntry entry = layout.catalog().challenges().stream()
                        .filter(e -> e.id().equals(challenge.value())).findFirst().orElse(null);
                if (entry == null) {
                    findings.add("tests", where, "names challenge '" + challenge.value() + "', which catalog.json does not list",
                            "use the id from catalog.json, or add the challenge there");
                    continue;
                }
                checkName(where, type.getSimpleName(), visibility, entry, findings);
                for (Method method : testMethods) {
                    checkMethod(where + " " + method.getName(), method, findings);
                }
                byChallenge.get(entry.id()).add(name);
                counts.get(entry.id())[visibility.ordinal()] += testMethods.size();
            }
        }
        counts.forEach((id, c) -> {
            if (c[Visibility.PUBLIC.ordinal()] == 0) {
                findings.add("tests", id, "has no public test", "add <Base>Test in src/test/java with one to three worked examples");
            }
            if (c[Visibility.HIDDEN.ordinal()] == 0) {
                findings.add("tests", id, "has no hidden test", "add <Base>GradingTest in src/grading/java; it carries the points");
            }
        });
        findings.ok("test classes name their challenge; every test has points and a display name");
        return byChallenge;
    }

    private static void checkName(String where, String simpleName, Visibility visibility, CatalogEntry entry,
                                  Findings findings) {
        String suffix = visibility == Visibility.HIDDEN ? "GradingTest" : "Test";
        List<String> expected = entry.classes().stream().map(c -> c.substring(c.lastIndexOf('.') + 1) + suffix).toList();
        if (!expected.contains(simpleName)) {
            findings.add("names", where, "a " + visibility + " test of " + entry.id() + " must be named one of " + expected,
                    "rename the class so it shares the base name of the stub it tests"
                            + (visibility == Visibility.HIDDEN ? " and ends in GradingTest" : ""));
        }
    }

    private static void checkMethod(String where, Method method, Findings findings) {
        Points points = method.getAnnotation(Points.class);
        if (points == null || points.value() < 1) {
            findings.add("points", where, points == null ? "has no @Points" : "has @Points(" + points.value() + ")",
                    "give every test method @Points(n) with n >= 1");
        }
        DisplayName name = method.getAnnotation(DisplayName.class);
        if (name == null || name.value().isBlank()) {
            findings.add("display-name", where, "has no @DisplayName",
                    "add @DisplayName stating a fact about correct behaviour, e.g. \"centres the data before the covariance\"");
        }
    }

    private static List<Method> testMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            for (Annotation a : method.getAnnotations()) {
                String n = a.annotationType().getName();
                if (n.startsWith("org.junit.jupiter") && (n.endsWith(".Test") || n.endsWith("Test")
                        || n.endsWith(".TestFactory") || n.endsWith(".TestTemplate"))) {
                    methods.add(method);
                    break;
                }
            }
        }
        return methods;
    }
}
