package io.mlpath.grader.engine;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * A JUnit Platform listener that grades every test method of a class marked {@link Challenge}.
 *
 * <p>At the start of a run it registers every graded method as "did not run"; each finished
 * test, template invocation, or failed or skipped class then settles its methods. A method with
 * several invocations (parameterised, dynamic) passes only when all of them pass. After every
 * settled method the whole module's results go to the sink, so a run killed half-way still
 * leaves what it graded.
 *
 * <p>Registered through {@code META-INF/services}, it writes to the repository's
 * {@code target/mlpath/results/} when the system property {@code mlpath.root} is set (the build
 * sets it); in-process runs construct it with their own sink.
 */
public final class GradingListener implements TestExecutionListener {

    private static final String DID_NOT_RUN = "did not run";

    private final Consumer<ModuleResults> sink;
    private final Path moduleDir;
    private final Map<String, TestResult> results = new LinkedHashMap<>();
    private Map<String, String> banned = Map.of();
    private TestPlan plan;

    /** The build's listener: writes to the repository's results directory when {@code mlpath.root} is set. */
    public GradingListener() {
        this(ResultsFiles.sinkFromSystemProperties(), ResultsFiles.moduleDirFromSystemProperties());
    }

    /** A listener that hands the module's results to {@code sink}; {@code moduleDir} decides visibility. */
    public GradingListener(Consumer<ModuleResults> sink, Path moduleDir) {
        this.sink = sink;
        this.moduleDir = moduleDir;
    }

    /** The results so far, one per graded method. */
    public List<TestResult> results() {
        return List.copyOf(results.values());
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        banned = Bans.violations(moduleDir, Thread.currentThread().getContextClassLoader());
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier id : testPlan.getDescendants(root)) {
                graded(id).ifPresent(m -> results.putIfAbsent(key(m), pending(m)));
            }
        }
        publish(false);
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        settleAll(id, Status.FAILED, "skipped: " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        TestExecutionResult.Status status = result.getStatus();
        if (status == TestExecutionResult.Status.SUCCESSFUL) {
            if (id.isTest()) {
                methodOf(id).ifPresent(m -> settle(m, Status.PASSED, ""));
            }
            return;
        }
        Throwable failure = result.getThrowable().orElse(null);
        Status outcome = status == TestExecutionResult.Status.ABORTED ? Status.ERROR : Outcome.classify(failure);
        String message = status == TestExecutionResult.Status.ABORTED
                ? "aborted: " + (failure == null ? "" : failure.getMessage())
                : Outcome.message(failure);
        settleAll(id, outcome, message);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        publish(true);
    }

    /** Settles the method of {@code id}, or every graded method below a failed container. */
    private void settleAll(TestIdentifier id, Status status, String message) {
        Optional<MethodSource> method = methodOf(id);
        if (method.isPresent()) {
            settle(method.get(), status, message);
            return;
        }
        if (plan == null) {
            return;
        }
        for (TestIdentifier child : plan.getDescendants(id)) {
            graded(child).ifPresent(m -> {
                TestResult current = results.get(key(m));
                if (current != null && DID_NOT_RUN.equals(current.message())) {
                    settle(m, status, message);
                }
            });
        }
    }

    private void settle(MethodSource method, Status outcome, String outcomeMessage) {
        TestResult current = results.computeIfAbsent(key(method), k -> pending(method));
        String violation = banned.get(current.challenge());
        Status status = violation == null ? outcome : Status.FAILED;
        String message = violation == null ? outcomeMessage : violation;
        boolean firstOutcome = DID_NOT_RUN.equals(current.message());
        if (firstOutcome || (current.status() == Status.PASSED && status != Status.PASSED)) {
            results.put(key(method), current.withOutcome(status, message));
            publish(false);
        }
    }

    private void publish(boolean finished) {
        if (!results.isEmpty()) {
            sink.accept(new ModuleResults(ModuleResults.SCHEMA_VERSION, ResultsFiles.moduleName(moduleDir),
                    finished, new ArrayList<>(results.values())));
        }
    }

    /** The method source of a graded test method (its class carries {@code @Challenge}). */
    private static Optional<MethodSource> graded(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .filter(m -> challengeOf(m) != null);
    }

    /** The graded method that {@code id} is, or is an invocation of. */
    private Optional<MethodSource> methodOf(TestIdentifier id) {
        for (TestIdentifier at = id; at != null; at = plan == null ? null : plan.getParent(at).orElse(null)) {
            if (at.getSource().filter(ClassSource.class::isInstance).isPresent()) {
                return Optional.empty();
            }
            Optional<MethodSource> method = graded(at);
            if (method.isPresent()) {
                return method;
            }
        }
        return Optional.empty();
    }

    private TestResult pending(MethodSource source) {
        Method method = javaMethod(source);
        Points points = method == null ? null : method.getAnnotation(Points.class);
        DisplayName displayName = method == null ? null : method.getAnnotation(DisplayName.class);
        String name = displayName != null ? displayName.value() : source.getMethodName();
        int max = points == null ? 0 : points.value();
        return new TestResult(challengeOf(source), source.getClassName(), source.getMethodName(), name,
                Visibility.of(source.getClassName(), moduleDir), 0, max, Status.ERROR, DID_NOT_RUN);
    }

    private static String challengeOf(MethodSource source) {
        Class<?> type = javaClass(source);
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            Challenge challenge = at.getAnnotation(Challenge.class);
            if (challenge != null) {
                return challenge.value();
            }
        }
        return null;
    }

    private static Class<?> javaClass(MethodSource source) {
        try {
            return source.getJavaClass();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Method javaMethod(MethodSource source) {
        try {
            return source.getJavaMethod();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String key(MethodSource m) {
        return m.getClassName() + "#" + m.getMethodName() + "(" + m.getMethodParameterTypes() + ")";
    }
}
