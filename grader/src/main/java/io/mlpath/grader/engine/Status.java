package io.mlpath.grader.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The status of one test or one challenge.
 *
 * <p>A test is {@code passed}, {@code failed} (an assertion failed), {@code not-attempted}
 * (its failure is the stub's {@code TODO(...)} marker), {@code timeout} or {@code error} (it
 * threw something other than an assertion, or did not run). A challenge adds {@code partial}
 * (some points, not all); see {@link ChallengeStatus}.
 */
public enum Status {
    PASSED("passed"),
    PARTIAL("partial"),
    FAILED("failed"),
    NOT_ATTEMPTED("not-attempted"),
    TIMEOUT("timeout"),
    ERROR("error");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The name used in reports, e.g. {@code not-attempted}. */
    @JsonValue
    public String label() {
        return label;
    }

    /** Parses a report label, failing with the allowed values. */
    @JsonCreator
    public static Status fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be one of "
                        + Arrays.stream(values()).map(Status::label).toList() + ", was '" + label + "'"));
    }

    @Override
    public String toString() {
        return label;
    }
}
