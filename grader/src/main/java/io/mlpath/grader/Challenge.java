package io.mlpath.grader;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the challenge a test class grades, by its catalog id.
 *
 * <p>Every public test class ({@code src/test/java}) and hidden test class
 * ({@code src/grading/java}) of a challenge carries this annotation; the grader groups test
 * results by it, and the curriculum check fails when the id is not in the module's catalog.
 *
 * <pre>{@code
 * @Challenge("p1.linalg.pca")
 * class PcaGradingTest { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Challenge {

    /** The catalog id, {@code p<phase>.<topic>.<name>}, e.g. {@code p1.linalg.pca}. */
    String value();
}
