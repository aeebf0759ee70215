package io.mlpath.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class GradingListenerTest {

    /** Sample challenge tests, run by the tests below through their own launcher (surefire skips nested classes). */
    @Challenge("p9.sample.mixed")
    static class Mixed {
        @Test @Points(2) @DisplayName("passes")
        void passes() {
        }

        @Test @Points(3) @DisplayName("fails an assertion")
        void failsAssertion() {
            throw new AssertionError("expected 1 but was 2");
        }

        @Test @Points(1) @DisplayName("meets the stub")
        void meetsStub() {
            throw new UnsupportedOperationException("TODO(p9.sample.mixed): write it");
        }

        @Test @Points(1) @DisplayName("throws")
        void throwsOther() {
            throw new IllegalStateException("boom");
        }

        @Test @Points(4) @Timeout(1) @DisplayName("never ends")
        void neverEnds() {
            while (true) {
                Thread.onSpinWait();
            }
        }

        @ParameterizedTest @ValueSource(ints = {1, 2, 3}) @Points(5) @DisplayName("one invocation of three fails")
        void parameterised(int n) {
            if (n == 2) {
                throw new AssertionError("invocation 2 fails");
            }
        }

        @ParameterizedTest @ValueSource(ints = {1, 2}) @Points(2) @DisplayName("every invocation passes")
        void parameterisedPasses(int n) {
        }
    }

    /** The stub is reached in {@code @BeforeAll}: every test of the class counts as not attempted. */
    @Challenge("p9.sample.setup")
    static class FailingSetup {
        @BeforeAll
        static void fit() {
            throw new UnsupportedOperationException("TODO(p9.sample.setup): fit");
        }

        @Test @Points(2) @DisplayName("first")
        void first() {
        }

        @Test @Points(3) @DisplayName("second")
        void second() {
        }
    }

    /** Without {@code @Challenge}, tests are not graded. */
    static class Ungraded {
        @Test
        void plain() {
        }
    }

    static List<ModuleResults> run(Class<?>... classes) {
        List<ModuleResults> published = new CopyOnWriteArrayList<>();
        GradingListener listener = new GradingListener(published::add, null);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> c : classes) {
            request.selectors(DiscoverySelectors.selectClass(c));
        }
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(request.build(), listener);
        return published;
    }

    static Map<String, TestResult> byMethod(ModuleResults results) {
        return results.tests().stream().collect(Collectors.toMap(TestResult::method, Function.identity()));
    }

    @Test
    @DisplayName("each test method gets the status its outcome calls for, and points only when it passes")
    void statusesAndPoints() {
        List<ModuleResults> published = run(Mixed.class);
        ModuleResults last = published.get(published.size() - 1);
        assertThat(last.finished()).isTrue();
        Map<String, TestResult> r = byMethod(last);
        assertThat(r).hasSize(7);
        assertEquals(Status.PASSED, r.get("passes").status());
        assertEquals(2, r.get("passes").score());
        assertEquals(Status.FAILED, r.get("failsAssertion").status());
        assertThat(r.get("failsAssertion").message()).isEqualTo("expected 1 but was 2");
        assertEquals(Status.NOT_ATTEMPTED, r.get("meetsStub").status());
        assertThat(r.get("meetsStub").message()).isEqualTo("not attempted yet: TODO(p9.sample.mixed): write it");
        assertEquals(Status.ERROR, r.get("throwsOther").status());
        assertThat(r.get("throwsOther").message()).startsWith("java.lang.IllegalStateException: boom (at ");
        assertEquals(Status.TIMEOUT, r.get("neverEnds").status());
        assertThat(r.get("neverEnds").message()).startsWith("timed out: ").contains("loop that never ends");
        assertEquals(0, r.get("neverEnds").score());
        assertEquals(4, r.get("neverEnds").maxScore());
    }

    @Test
    @DisplayName("a parameterised method scores only when every invocation passes")
    void parameterisedAllOrNothing() {
        Map<String, TestResult> r = byMethod(last(run(Mixed.class)));
        assertEquals(Status.FAILED, r.get("parameterised").status());
        assertEquals(0, r.get("parameterised").score());
        assertEquals(5, r.get("parameterised").maxScore());
        assertThat(r.get("parameterised").message()).isEqualTo("invocation 2 fails");
        assertEquals(Status.PASSED, r.get("parameterisedPasses").status());
        assertEquals(2, r.get("parameterisedPasses").score());
    }

    @Test
    @DisplayName("a TODO reached in @BeforeAll makes every test of the class not-attempted")
    void containerFailure() {
        Map<String, TestResult> r = byMethod(last(run(FailingSetup.class)));
        assertThat(r.values()).extracting(TestResult::status).containsOnly(Status.NOT_ATTEMPTED);
        assertEquals(5, r.values().stream().mapToInt(TestResult::maxScore).sum());
        assertEquals(Status.NOT_ATTEMPTED, ChallengeStatus.of(List.copyOf(r.values())));
    }

    @Test
    @DisplayName("tests without @Challenge are ignored and nothing is published for them")
    void ungradedIgnored() {
        assertThat(run(Ungraded.class)).isEmpty();
    }

    @Test
    @DisplayName("results are published after every settled test, so an interrupted run keeps what it graded")
    void publishesIncrementally() {
        List<ModuleResults> published = run(FailingSetup.class, Mixed.class);
        assertThat(published.size()).isGreaterThan(5);
        assertThat(published.get(0).finished()).isFalse();
        assertThat(published.get(0).tests()).allMatch(t -> t.message().equals("did not run"));
        assertThat(last(published).tests()).hasSize(9);
    }

    private static ModuleResults last(List<ModuleResults> published) {
        return published.get(published.size() - 1);
    }
}
