package io.mlpath.grader.run;

import java.time.Duration;

/**
 * What one challenge's JVM may use during trusted grading. A run of {@code n} challenges ends
 * within {@code n × (perChallenge + 5 s)} plus compile time, whatever the code under test does.
 *
 * @param perChallenge wall-clock time for the JVM of one challenge, start to exit
 * @param heapMegabytes maximum Java heap ({@code -Xmx})
 * @param outputBytes   how much of the JVM's output is kept for the report; the rest is read and dropped
 * @param perTest       the default preemptive timeout of each test (a test class's own {@code @Timeout} wins)
 */
public record ForkLimits(Duration perChallenge, int heapMegabytes, int outputBytes, Duration perTest) {

    /** 180 s, 1 GiB of heap, 64 KiB of output per challenge; 10 s per test, as in a Maven run. */
    public static final ForkLimits DEFAULT = new ForkLimits(Duration.ofSeconds(180), 1024, 64 * 1024,
            Duration.ofSeconds(10));

    /** Validates the limits. */
    public ForkLimits {
        if (perChallenge.isNegative() || perChallenge.isZero()) {
            throw new IllegalArgumentException("the time per challenge must be positive, was " + perChallenge);
        }
        if (heapMegabytes < 64) {
            throw new IllegalArgumentException("the heap per challenge must be at least 64 MB, was " + heapMegabytes);
        }
        if (perTest.toMillis() < 100 || perTest.compareTo(perChallenge) > 0) {
            throw new IllegalArgumentException("the time per test must be at least 100 ms and at most the time per"
                    + " challenge (" + perChallenge + "), was " + perTest);
        }
        if (outputBytes < 1024) {
            throw new IllegalArgumentException("at least 1 KiB of output must be kept, was " + outputBytes);
        }
    }

    /** These limits with {@code seconds} for each challenge's JVM. */
    public ForkLimits withPerChallenge(int seconds) {
        return new ForkLimits(Duration.ofSeconds(seconds), heapMegabytes, outputBytes, perTest);
    }
}
