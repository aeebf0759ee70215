package io.mlpath.grader;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The points a test method is worth when it passes.
 *
 * <p>A test method scores all of its points or none: a parameterised or dynamic test scores
 * only when every invocation passes. Whether the test is shown to the learner follows its
 * source root ({@code src/test/java} is public, {@code src/grading/java} is hidden), not this
 * annotation. The curriculum check fails on a graded test method without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {

    /** Points for passing, at least 1. */
    int value();
}
