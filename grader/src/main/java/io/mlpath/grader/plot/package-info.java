/**
 * Pictures of the learner's own models ({@code ./mlpath plot <id>}): a test says whether an
 * implementation is right, a picture shows what it does. A {@link io.mlpath.grader.plot.Plot}
 * in a phase's {@code src/plot/java} runs the learner's code of one challenge on real data and
 * saves charts through {@link io.mlpath.grader.plot.Figures}: the PCA projection of Iris, the
 * decision regions of a classifier, the loss curve of a network. Seeing a k-NN boundary turn
 * ragged as {@code k} shrinks, or an optimiser's loss oscillate, teaches what the numbers in a
 * test cannot. {@link io.mlpath.grader.plot.Charts} gives every figure one readable,
 * colour-blind-safe style, {@link io.mlpath.grader.plot.DecisionRegions} draws classifiers, and
 * {@link io.mlpath.grader.plot.PlotRunner} runs the plots, reporting a TODO reached or a failure
 * as a message rather than a crash.
 */
package io.mlpath.grader.plot;
