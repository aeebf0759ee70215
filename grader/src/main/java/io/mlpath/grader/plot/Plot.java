package io.mlpath.grader.plot;

/**
 * A picture of one challenge, drawn with the learner's own implementation on real data.
 *
 * <p>Implementations live in a phase's {@code src/plot/java}, carry {@code @Challenge("<id>")}
 * and have a public no-argument constructor; {@code ./mlpath plot <id>} compiles them against
 * the learner's code and calls {@link #draw(Figures)}.
 */
public interface Plot {

    /** Draws this challenge's pictures into {@code figures}; a TODO reached in learner code propagates. */
    void draw(Figures figures) throws Exception;
}
