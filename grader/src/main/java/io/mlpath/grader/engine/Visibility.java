package io.mlpath.grader.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the learner sees a test: it follows the test's source root, {@code src/test/java}
 * (public) or {@code src/grading/java} (hidden).
 */
public enum Visibility {
    PUBLIC("public"),
    HIDDEN("hidden");

    /** The source root of hidden tests, relative to a module. */
    public static final String HIDDEN_ROOT = "src/grading/java";
    /** The source root of public tests, relative to a module. */
    public static final String PUBLIC_ROOT = "src/test/java";

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /**
     * The visibility of a top-level test class of the module at {@code moduleDir}: hidden when its
     * source file is under {@value #HIDDEN_ROOT}. Without a module directory, the naming
     * convention decides ({@code *GradingTest} is hidden), which the check keeps in step with the
     * source roots.
     */
    public static Visibility of(String className, Path moduleDir) {
        String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        if (moduleDir != null) {
            String file = topLevel.replace('.', '/') + ".java";
            if (Files.exists(moduleDir.resolve(HIDDEN_ROOT).resolve(file))) {
                return HIDDEN;
            }
            if (Files.exists(moduleDir.resolve(PUBLIC_ROOT).resolve(file))) {
                return PUBLIC;
            }
        }
        return topLevel.endsWith("GradingTest") ? HIDDEN : PUBLIC;
    }

    @Override
    public String toString() {
        return label;
    }
}
