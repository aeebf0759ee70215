/**
 * Unsupervised learning: finding structure in unlabelled rows of {@code double[][]} — clusters,
 * densities and neighbourhoods — with no label to tell right from wrong.
 *
 * <p>The challenges, in order:
 * <ul>
 *   <li>{@code KMeans} — Lloyd's algorithm from k-means++ seeds: minimise the inertia
 *       {@code Σ‖xᵢ − μ_{c(i)}‖²} by alternating assignment and mean updates; it never increases,
 *       and an empty cluster needs a rule instead of a {@code 0/0} centroid;</li>
 *   <li>{@code AgglomerativeClustering} — hierarchical clustering bottom-up: merge the closest pair
 *       of clusters {@code n − 1} times under single, complete or average linkage, keep the
 *       distance matrix up to date after each merge (Lance–Williams), and cut the tree at
 *       {@code k} clusters;</li>
 *   <li>{@code Dbscan} — density-based clustering: core points, with at least {@code minPts}
 *       points (themselves included) within {@code eps}, grow clusters, border points join them,
 *       the rest is noise ({@code −1}); no {@code k} to choose and clusters of any shape;</li>
 *   <li>{@code GaussianMixture} — a mixture of diagonal Gaussians fitted by
 *       expectation–maximisation: soft assignments (responsibilities) computed in log space, a
 *       log-likelihood that never decreases, and a variance floor against a component collapsing
 *       onto one point;</li>
 *   <li>{@code TsneAffinities} — t-SNE's input affinities: a per-point Gaussian bandwidth found by
 *       binary search so that each conditional distribution has the target perplexity (entropy in
 *       nats against {@code ln(perplexity)}), symmetrised into a joint distribution {@code P}.</li>
 * </ul>
 *
 * <p>The API follows the rest of phase 2: hyper-parameters (and a {@code long seed} wherever the
 * algorithm draws random numbers) in the constructor; {@code fit(double[][] x)} returns the model;
 * clusterers give the clusters of the training rows ({@code labels()}, or {@code cut(k)} for a
 * hierarchy), and {@code predict(double[][] x)} where new rows can be placed. Inputs are validated where they enter (null, empty, ragged or
 * non-finite arrays, out-of-range hyper-parameters) with an {@code IllegalArgumentException} that
 * names the rule and the bad value; using a model before {@code fit} is an
 * {@code IllegalStateException}. Commons Math's linear algebra may be used, not a library's
 * clustering. The hidden tests compare with Commons Math, Smile and scikit-learn/scipy fixtures,
 * and compare partitions up to renaming of the clusters (adjusted Rand index, contingency tables).
 *
 * <p>Reading: Bishop, <i>Pattern Recognition and Machine Learning</i>, chapter 9; Hastie,
 * Tibshirani and Friedman, <i>The Elements of Statistical Learning</i> (2nd ed.), §14.3;
 * Ester, Kriegel, Sander and Xu, "A density-based algorithm for discovering clusters in large
 * spatial databases with noise", KDD 1996; van der Maaten and Hinton, "Visualizing data using
 * t-SNE", JMLR 9 (2008).
 */
package io.mlpath.p2.unsupervised;
