package io.mlpath.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    @DisplayName("the stub's TODO is not-attempted, also when an assertion quotes it or wraps it")
    void todo() {
        assertEquals(Status.NOT_ATTEMPTED, Outcome.classify(new UnsupportedOperationException("TODO(p1.a.b): fit")));
        assertEquals(Status.NOT_ATTEMPTED, Outcome.classify(new AssertionError(
                "Expecting IllegalArgumentException but was java.lang.UnsupportedOperationException: TODO(p1.a.b): fit")));
        assertEquals(Status.NOT_ATTEMPTED, Outcome.classify(
                new RuntimeException("wrapped", new UnsupportedOperationException("TODO(p1.a.b): fit"))));
        assertThat(Outcome.message(new AssertionError("Expecting x but was: TODO(p1.a.b): fit\nmore")))
                .isEqualTo("not attempted yet: TODO(p1.a.b): fit");
    }

    @Test
    @DisplayName("an UnsupportedOperationException without the marker is the learner's error, not a TODO")
    void otherUnsupported() {
        assertEquals(Status.ERROR, Outcome.classify(new UnsupportedOperationException("immutable list")));
    }

    @Test
    @DisplayName("JUnit's timeout exceptions are timeout; assertions failed; anything else error")
    void others() {
        assertEquals(Status.TIMEOUT, Outcome.classify(new TimeoutException("fit() timed out after 10 seconds")));
        assertEquals(Status.FAILED, Outcome.classify(new AssertionError("expected 1")));
        assertEquals(Status.ERROR, Outcome.classify(new ArrayIndexOutOfBoundsException(3)));
        assertEquals(Status.ERROR, Outcome.classify(null));
    }

    @Test
    @DisplayName("very long messages are cut with a note")
    void truncation() {
        String message = Outcome.message(new AssertionError("x".repeat(10_000)));
        assertThat(message).hasSizeLessThan(4100).endsWith("(message truncated)");
    }
}
