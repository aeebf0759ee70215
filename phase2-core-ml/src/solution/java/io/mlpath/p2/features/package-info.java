/**
 * Feature preprocessing: turning raw tables, with their missing values, categories and wildly
 * different units, into the finite numeric matrices that models need, on plain arrays.
 *
 * <p>Every transformer here follows one API, in the spirit of scikit-learn's transformers:
 * <ul>
 *   <li>the constructor takes the options (e.g. {@link io.mlpath.p2.features.OneHotEncoder}'s
 *       policy for unknown categories);</li>
 *   <li>{@code fit(x)} learns the statistics from the <em>training</em> rows and returns the
 *       transformer; calling it again replaces them; it keeps its own copies;</li>
 *   <li>{@code transform(x)} applies the fitted statistics to any rows (training, validation,
 *       test, one new row) and returns a new array, leaving its argument untouched;
 *       {@code fitTransform(x)} is {@code fit(x).transform(x)};</li>
 *   <li>inputs are validated where they enter, with an {@code IllegalArgumentException} naming
 *       the rule and the bad value; using a transformer before {@code fit} is an
 *       {@code IllegalStateException}.</li>
 * </ul>
 *
 * <p><b>Fit on train, transform elsewhere.</b> A statistic computed on the evaluation rows
 * (their mean, their range, their categories) leaks them into the model and makes the score
 * optimistic; it also makes a single row impossible to transform. Fit every transformer inside
 * the training fold only.
 *
 * <p>Missing values follow {@code io.mlpath.datasets.MixedData}: a missing number is
 * {@code NaN}, a missing category {@code null}. The usual order is: impute
 * ({@link io.mlpath.p2.features.MeanImputer}, {@link io.mlpath.p2.features.MostFrequentImputer}),
 * then scale numbers ({@link io.mlpath.p2.features.StandardScaler},
 * {@link io.mlpath.p2.features.MinMaxScaler}) and encode categories
 * ({@link io.mlpath.p2.features.OneHotEncoder}); the scalers and the encoder reject missing values.
 *
 * <p>Reading: scikit-learn User Guide, chapter 6 "Dataset transformations" (§6.3 preprocessing,
 * §6.4 imputation); A. Géron, <i>Hands-On Machine Learning with Scikit-Learn, Keras and
 * TensorFlow</i> (3rd ed.), chapter 2; M. Kuhn and K. Johnson, <i>Feature Engineering and
 * Selection</i> (2019), chapters 5 and 8; Hastie, Tibshirani and Friedman, <i>The Elements of
 * Statistical Learning</i> (2nd ed.), §7.10.2 ("the wrong way to do cross-validation").
 */
package io.mlpath.p2.features;
