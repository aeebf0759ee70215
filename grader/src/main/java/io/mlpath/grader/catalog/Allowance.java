package io.mlpath.grader.catalog;

/**
 * Lifts one system-wide ban ({@link SystemBans}) for one challenge, e.g. files for a model
 * registry kept on disk.
 *
 * <pre>{@code
 * "allow": [{"prefix": "java.nio.file.", "why": "the registry stores each model version as a file"}]
 * }</pre>
 *
 * @param prefix the prefix of the system-wide ban to lift, exactly as {@link SystemBans} spells it
 * @param why    why this challenge needs the API, for the authors who review it
 */
public record Allowance(String prefix, String why) {
}
