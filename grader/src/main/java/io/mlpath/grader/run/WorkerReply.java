package io.mlpath.grader.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlpath.grader.engine.TestResult;
import java.util.List;

/**
 * What a worker JVM answers to one command, as one JSON line after the marker
 * {@value #MARKER}, a tab and the command's nonce.
 *
 * @param challenge     the challenge id
 * @param compileErrors compile errors, {@code file:line: message}; empty when it compiled
 * @param results       the graded tests (empty for a plot or when it did not compile)
 * @param files         the pictures a plot wrote
 * @param message       a note for the learner (empty when there is none), e.g. why a plot drew nothing
 * @param compileMillis time spent compiling
 * @param runMillis     time spent running tests or plots
 */
public record WorkerReply(String challenge, List<String> compileErrors, List<TestResult> results, List<String> files,
                          String message, long compileMillis, long runMillis) {

    /** Starts every reply line; anything else on the worker's stdout is not a reply. */
    public static final String MARKER = "@@mlpath-reply";

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** This reply as one line: marker, tab, nonce, tab, JSON. */
    public String line(String nonce) {
        try {
            return MARKER + "\t" + nonce + "\t" + JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the reply for " + challenge, e);
        }
    }

    /** The reply in {@code line} if it is one for {@code nonce}, else null. */
    public static WorkerReply parse(String line, String nonce) {
        String prefix = MARKER + "\t" + nonce + "\t";
        if (!line.startsWith(prefix)) {
            return null;
        }
        try {
            return JSON.readValue(line.substring(prefix.length()), WorkerReply.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a worker reply that is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
