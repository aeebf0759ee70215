package io.mlpath.grader.run;

import io.mlpath.grader.engine.GradingListener;
import io.mlpath.grader.engine.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs compiled test classes in this JVM through the JUnit Platform Launcher and grades them,
 * without writing the repository's results (the build's own listener is not registered).
 *
 * <p>The classes come from {@code dirs} through a {@link ChildFirstClassLoader}: one directory
 * holds a variant of the challenge code, another its compiled tests.
 */
public final class InProcessRun {

    private InProcessRun() {
    }

    /** Runs {@code testClasses} with classes from {@code dirs}; visibility follows {@code moduleDir}. */
    public static List<TestResult> run(List<Path> dirs, List<String> testClasses, Path moduleDir) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (ChildFirstClassLoader loader = new ChildFirstClassLoader(dirs, InProcessRun.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
            for (String name : testClasses) {
                request.selectors(DiscoverySelectors.selectClass(Class.forName(name, false, loader)));
            }
            LauncherDiscoveryRequest discovery = request.build();
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            GradingListener listener = new GradingListener(results -> { }, moduleDir);
            launcher.execute(discovery, listener);
            return listener.results();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("test class " + e.getMessage() + " is not among the compiled tests in " + dirs, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
