/**
 * Model evaluation: how to measure a model honestly, and what the measurement means.
 *
 * <p>Three challenges, in order:
 * <ul>
 *   <li>{@link io.mlpath.p2.evaluation.Metrics} — the numbers: confusion matrix, precision,
 *       recall and F1 with macro, micro and weighted averaging, ROC AUC (ties share their average
 *       rank), average precision, log loss (clipped), and MAE, MSE and R² for regression;</li>
 *   <li>{@link io.mlpath.p2.evaluation.CrossValidation} — the protocol: seeded train/test
 *       splits, k-fold and stratified k-fold, a pipeline that fits its preprocessing on the
 *       training rows only, and grid search over a hyper-parameter scored by cross-validation;</li>
 *   <li>{@link io.mlpath.p2.evaluation.BiasVariance} — the theory: a Monte-Carlo decomposition of
 *       the expected squared error into bias², variance and noise, and learning curves.</li>
 * </ul>
 *
 * <p>The code here never trains a model of its own: models and transformers are passed in (the
 * small interfaces {@link io.mlpath.p2.evaluation.CrossValidation.Model},
 * {@link io.mlpath.p2.evaluation.CrossValidation.Transformer} and
 * {@link io.mlpath.p2.evaluation.BiasVariance.Learner}), so the same evaluation code serves every
 * model of {@code io.mlpath.p2.supervised}. Randomness (shuffling, resampling) comes from a
 * {@code java.util.Random} built from a seed the caller passes: same seed, same split, same
 * numbers. Inputs are validated where they enter, with an {@code IllegalArgumentException} that
 * names the rule and the bad value.
 *
 * <p>The recurring lesson is leakage: any number computed on rows the model (or its
 * preprocessing) has seen is optimistic. Fit scalers, imputers and encoders inside each training
 * fold; touch the test set once, at the end.
 *
 * <p>Reading: Hastie, Tibshirani and Friedman, <i>The Elements of Statistical Learning</i> (2nd ed.),
 * chapter 7 (model assessment and selection: §7.3 bias-variance, §7.10 cross-validation, including
 * "the wrong and right way to do cross-validation"); James, Witten, Hastie and Tibshirani,
 * <i>An Introduction to Statistical Learning</i>, chapters 2.2 and 5; Fawcett, "An introduction to ROC
 * analysis", Pattern Recognition Letters 27 (2006); the scikit-learn user guide, §3.1 "Cross-validation"
 * and §3.3 "Metrics and scoring".
 */
package io.mlpath.p2.evaluation;
