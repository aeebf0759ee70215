/**
 * Statistics and probability from scratch on plain {@code double[]}: describing a sample,
 * probability distributions and sampling from them, hypothesis tests, Bayes' theorem,
 * estimation, and correlation.
 *
 * <p>These are the numbers every later phase prints: a feature's mean and variance before
 * scaling it, a model's log-likelihood, a p-value in an A/B test, a posterior, a bootstrap
 * confidence interval, a feature-correlation matrix. Phase 1 lets no library compute them, and
 * each challenge is as much about numerical care as about the formula: centre before squaring,
 * work in log space, keep {@code log(0)} out of a sampler, average the ranks of ties, and say
 * which of {@code n} and {@code n − 1} you divide by.
 *
 * <ul>
 *   <li><b>Descriptive statistics</b> ({@code Descriptive}): mean, sample and population
 *       variance without catastrophic cancellation, median, quantiles by linear interpolation
 *       and Welford's one-pass accumulator.</li>
 *   <li><b>Distributions</b> ({@code Distributions}): normal pdf and cdf, binomial and Poisson
 *       probabilities computed in log space (no factorial overflow), the exponential
 *       distribution, and samplers by inverse transform and Box-Muller.</li>
 *   <li><b>Hypothesis tests</b> ({@code HypothesisTests}): the one-sample t-test, Welch's
 *       two-sample t-test and the chi-square test of independence, each with its statistic,
 *       degrees of freedom and two-sided p-value; and what a test's false-positive rate means.</li>
 *   <li><b>Bayes' theorem</b> ({@code Bayes}): posterior probabilities (the diagnostic-test
 *       paradox of base rates), conjugate Beta-Binomial updates, and normalising posteriors in
 *       log space with log-sum-exp.</li>
 *   <li><b>Estimation</b> ({@code Estimation}): maximum-likelihood estimates for Bernoulli,
 *       normal and exponential data, and percentile bootstrap confidence intervals.</li>
 *   <li><b>Correlation</b> ({@code Correlation}): the covariance matrix, Pearson's correlation,
 *       and Spearman's rank correlation with average ranks for ties.</li>
 * </ul>
 *
 * <p>Every random procedure takes a {@link java.util.Random} (or the uniform numbers
 * themselves), so that a seed makes it reproducible and a test can check it.
 *
 * <p>Further reading: L. Wasserman, <i>All of Statistics</i> (2004), chapters 1–11;
 * J. A. Rice, <i>Mathematical Statistics and Data Analysis</i>, 3rd ed. (2007); M. P. Deisenroth,
 * A. A. Faisal and C. S. Ong, <i>Mathematics for Machine Learning</i> (2020), chapter 6;
 * W. H. Press et al., <i>Numerical Recipes</i>, 3rd ed. (2007), chapters 6, 7 and 14.
 */
package io.mlpath.p1.stats;
