package io.mlpath.grader.engine;

import java.util.concurrent.TimeoutException;

/**
 * Classifies why a test did not pass, and words the message the learner reads.
 *
 * <ul>
 *   <li>{@code not-attempted}: the failure carries the stub's marker {@code TODO(<id>)}, either as
 *       the thrown exception or quoted in an assertion's message;</li>
 *   <li>{@code timeout}: JUnit's preemptive timeout fired;</li>
 *   <li>{@code failed}: an assertion failed;</li>
 *   <li>{@code error}: anything else was thrown.</li>
 * </ul>
 */
public final class Outcome {

    /** The marker every stub body throws, followed by the challenge id and a closing parenthesis. */
    public static final String TODO_MARKER = "TODO(";

    private static final int MAX_MESSAGE = 4000;

    private Outcome() {
    }

    /** The status of a test that threw {@code failure}. */
    public static Status classify(Throwable failure) {
        if (failure == null) {
            return Status.ERROR;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(TODO_MARKER)
                    && (t instanceof UnsupportedOperationException || t instanceof AssertionError)) {
                return Status.NOT_ATTEMPTED;
            }
        }
        if (isTimeout(failure)) {
            return Status.TIMEOUT;
        }
        return failure instanceof AssertionError ? Status.FAILED : Status.ERROR;
    }

    /** The learner-facing message for a test that threw {@code failure}. */
    public static String message(Throwable failure) {
        Status status = classify(failure);
        String text = switch (status) {
            case NOT_ATTEMPTED -> "not attempted yet: " + todoText(failure);
            case TIMEOUT -> "timed out: " + failure.getMessage()
                    + " (is there a loop that never ends, or far too much work?)";
            case FAILED -> String.valueOf(failure.getMessage());
            default -> describe(failure);
        };
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + " … (message truncated)";
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException
                    || t.getClass().getName().endsWith("ExecutionTimeoutException")
                    || (t instanceof AssertionError && String.valueOf(t.getMessage()).contains("timed out after"))) {
                return true;
            }
        }
        return false;
    }

    private static String todoText(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains(TODO_MARKER)) {
                int start = m.indexOf(TODO_MARKER);
                int end = m.indexOf('\n', start);
                return m.substring(start, end < 0 ? m.length() : end).strip();
            }
        }
        return String.valueOf(failure.getMessage());
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getName());
        if (failure.getMessage() != null) {
            text.append(": ").append(failure.getMessage());
        }
        StackTraceElement[] trace = failure.getStackTrace();
        if (trace.length > 0) {
            text.append(" (at ").append(trace[0]).append(')');
        }
        return text.toString();
    }
}
