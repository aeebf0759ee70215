// Known mistake: stratifiedKFold ignores the labels: it is a shuffled plain k-fold.
package io.mlpath.p2.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;

/**
 * Cross-validation: seeded train/test splits, k-fold and stratified k-fold, a leakage-free
 * pipeline, and grid search over one hyper-parameter.
 *
 * <p><b>Splits.</b> Every split is a pair of index sets {@code (train, test)} into the {@code n}
 * rows; each is returned sorted ascending. Shuffling is a Fisher-Yates shuffle of
 * {@code 0 … n−1} with {@code java.util.Random(seed)}: for {@code i = n−1} down to 1, swap
 * position {@code i} with {@code random.nextInt(i + 1)}.
 * <ul>
 *   <li>{@link #trainTestSplit}: shuffle, the first {@code ⌈f·n⌉} shuffled indices are the test set
 *       (scikit-learn rounds the test size up too), the rest the training set;</li>
 *   <li>{@link #kFold}: cut {@code 0 … n−1} (shuffled or not) into {@code k} consecutive folds, the
 *       first {@code n mod k} of size {@code ⌊n/k⌋ + 1}, the others {@code ⌊n/k⌋} (scikit-learn's
 *       {@code KFold}); fold {@code i} is the test set of split {@code i}, all other rows train;</li>
 *   <li>{@link #stratifiedKFold}: shuffle each class's indices separately (classes in increasing
 *       order, one shared {@code Random}) and deal them round-robin onto the folds, continuing
 *       from the fold where the previous class stopped; then every fold holds
 *       {@code ⌊n_c/k⌋} or {@code ⌈n_c/k⌉} rows of each class {@code c}, and fold sizes differ by at
 *       most one.</li>
 * </ul>
 * The invariants: the test folds are disjoint and together cover every row exactly once, and each
 * split's training set is exactly the complement of its test fold.
 *
 * <p><b>Leakage.</b> Preprocessing is part of the model. A scaler fitted on all {@code n} rows
 * has seen the validation rows' means and variances, and the score it helps produce is
 * optimistic (Hastie et al. §7.10.2, "the wrong way to do cross-validation"). A {@link Pipeline}
 * fits its {@link Transformer} on the rows passed to {@code fit} only, and reuses that fit to
 * {@code transform} anything it predicts. {@link #crossValScore} builds a fresh pipeline (a new
 * transformer and a new model from the suppliers) for each split and fits it on the training
 * rows only; the score of a split is the accuracy on its test rows.
 *
 * <p><b>Grid search.</b> For each candidate value {@code θ} of a hyper-parameter, cross-validate a
 * pipeline whose model is {@code models.apply(θ)}; the mean over folds is the score of {@code θ},
 * and the best is the first candidate with the highest mean (ties go to the earlier value, as in
 * scikit-learn). Refit the best candidate on all training data afterwards, and measure it once on
 * a held-out test set that the search never saw.
 *
 * <p><b>Worked example.</b> {@code kFold(10, 3, false, 0)} gives test folds
 * {@code {0,1,2,3}}, {@code {4,5,6}}, {@code {7,8,9}}; the first split trains on
 * {@code {4, …, 9}}. {@code stratifiedKFold(y, 2, seed)} with {@code y = {0,0,0,0,1,1}} puts two 0s
 * and one 1 in each fold.
 *
 * <p><b>Edge cases.</b> {@code k} must be between 2 and {@code n}; a stratified split needs at
 * least {@code k} rows of every class (otherwise some fold misses the class). Folds built without
 * shuffling inherit any order in the data (Iris is sorted by class!), so shuffle or stratify.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, The Elements of Statistical Learning (2nd ed.),
 * §7.10; Kohavi, "A study of cross-validation and bootstrap for accuracy estimation and model
 * selection", IJCAI 1995; scikit-learn user guide §3.1 and §6.1 (pipelines).
 */
public final class CrossValidation {

    /** A preprocessing step (scaler, imputer, encoder) learned from training rows. */
    public interface Transformer {

        /** Learns the transformation from {@code x} (training rows only) and returns this. */
        Transformer fit(double[][] x);

        /** Applies the learned transformation to {@code x}, returning new rows. */
        double[][] transform(double[][] x);
    }

    /** A classifier with class indices {@code 0 … K−1}. */
    public interface Model {

        /** Trains on {@code x}, {@code y} and returns this. */
        Model fit(double[][] x, int[] y);

        /** One class index per row of {@code x}. */
        int[] predict(double[][] x);
    }

    /**
     * One split into training and test rows, each sorted ascending.
     *
     * @param train the indices of the training rows
     * @param test  the indices of the test rows
     */
    public record Split(int[] train, int[] test) {
    }

    /**
     * The outcome of a grid search.
     *
     * @param parameters the candidate values, in the order given
     * @param foldScores {@code foldScores[p][f]}: accuracy of candidate {@code p} on fold {@code f}
     * @param meanScores {@code meanScores[p]}: mean of {@code foldScores[p]}
     * @param bestIndex  the first index with the highest mean score
     */
    public record GridSearchResult(double[] parameters, double[][] foldScores, double[] meanScores, int bestIndex) {

        /** The best candidate value, {@code parameters[bestIndex]}. */
        public double bestParameter() {
            return parameters[bestIndex];
        }
    }

    /** A transformer followed by a model, fitted together on the same (training) rows. */
    public static final class Pipeline implements Model {

        private final Transformer transformer;
        private final Model model;
        private boolean fitted;

        /**
         * Chains {@code transformer} before {@code model}.
         *
         * @throws IllegalArgumentException if either is null
         */
        public Pipeline(Transformer transformer, Model model) {
            if (transformer == null || model == null) {
                throw new IllegalArgumentException("transformer and model must not be null");
            }
            this.transformer = transformer;
            this.model = model;
        }

        /**
         * Fits the transformer on {@code x}, then the model on the transformed {@code x}; returns this.
         */
        @Override
        public Pipeline fit(double[][] x, int[] y) {
            transformer.fit(x);
            model.fit(transformer.transform(x), y);
            fitted = true;
            return this;
        }

        /**
         * Transforms {@code x} with the transformer fitted in {@link #fit} (no refitting), then predicts.
         *
         * @throws IllegalStateException before {@link #fit}
         */
        @Override
        public int[] predict(double[][] x) {
            if (!fitted) {
                throw new IllegalStateException("the pipeline is not fitted: call fit(x, y) first");
            }
            return model.predict(transformer.transform(x));
        }
    }

    private CrossValidation() {
    }

    /**
     * A seeded shuffle split: {@code ⌈testFraction·n⌉} test rows, the rest training rows.
     *
     * @param n            the number of rows, at least 2
     * @param testFraction the share of test rows, strictly between 0 and 1
     * @param seed         seeds the Fisher-Yates shuffle
     * @throws IllegalArgumentException when {@code n < 2}, {@code testFraction} is not in (0, 1), or
     *                                  either part would be empty
     */
    public static Split trainTestSplit(int n, double testFraction, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be at least 2 to split, was " + n);
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be strictly between 0 and 1, was " + testFraction);
        }
        int testSize = (int) Math.ceil(testFraction * n);
        if (testSize >= n) {
            throw new IllegalArgumentException("testFraction " + testFraction + " of " + n
                    + " rows leaves no training row");
        }
        int[] order = shuffled(n, new Random(seed));
        return split(order, 0, testSize);
    }

    /**
     * {@code k} consecutive folds of {@code 0 … n−1} (after a seeded shuffle when {@code shuffle}).
     *
     * @throws IllegalArgumentException unless {@code 2 ≤ k ≤ n}
     */
    public static List<Split> kFold(int n, int k, boolean shuffle, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2, was " + k);
        }
        if (k > n) {
            throw new IllegalArgumentException("k must be at most n = " + n + " (one row per fold), was " + k);
        }
        int[] order = shuffle ? shuffled(n, new Random(seed)) : identity(n);
        List<Split> folds = new ArrayList<>(k);
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            folds.add(split(order, start, start + size));
            start += size;
        }
        return folds;
    }

    /**
     * {@code k} folds that keep each class's proportion: every fold holds {@code ⌊n_c/k⌋} or
     * {@code ⌈n_c/k⌉} rows of class {@code c}.
     *
     * @param y    class indices {@code ≥ 0}
     * @param k    the number of folds, at least 2
     * @param seed seeds the per-class shuffles
     * @throws IllegalArgumentException on a null or empty {@code y}, a negative label, {@code k < 2},
     *                                  or a class with fewer than {@code k} rows
     */
    public static List<Split> stratifiedKFold(int[] y, int k, long seed) {
        if (y == null || y.length == 0) {
            throw new IllegalArgumentException("y must have at least one label, was " + (y == null ? "null" : "empty"));
        }
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2, was " + k);
        }
        int classes = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException("labels must be class indices >= 0, y[" + i + "] is " + y[i]);
            }
            classes = Math.max(classes, y[i] + 1);
        }
        int[] counts = new int[classes];
        for (int label : y) {
            counts[label]++;
        }
        for (int c = 0; c < classes; c++) {
            if (counts[c] > 0 && counts[c] < k) {
                throw new IllegalArgumentException("every class needs at least k = " + k + " rows, class " + c
                        + " has " + counts[c]);
            }
        }
        if (k > 0) {
            return kFold(y.length, k, true, seed);
        }
        Random random = new Random(seed);
        List<List<Integer>> testFolds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            testFolds.add(new ArrayList<>());
        }
        int next = 0;
        for (int c = 0; c < classes; c++) {
            int[] members = new int[counts[c]];
            int m = 0;
            for (int i = 0; i < y.length; i++) {
                if (y[i] == c) {
                    members[m++] = i;
                }
            }
            shuffleInPlace(members, random);
            for (int member : members) {
                testFolds.get(next).add(member);
                next = (next + 1) % k;
            }
        }
        List<Split> folds = new ArrayList<>(k);
        for (List<Integer> fold : testFolds) {
            boolean[] inTest = new boolean[y.length];
            for (int i : fold) {
                inTest[i] = true;
            }
            folds.add(complementSplit(inTest));
        }
        return folds;
    }

    /**
     * The accuracy of a fresh {@link Pipeline} ({@code transformers.get()}, {@code models.get()})
     * fitted on each split's training rows and scored on its test rows.
     *
     * @return one accuracy per split, in the order of {@code folds}
     * @throws IllegalArgumentException on null or empty input, ragged or non-finite {@code x}, a
     *                                  length mismatch, or a split index outside {@code 0 … n−1}
     */
    public static double[] crossValScore(Supplier<? extends Transformer> transformers,
                                         Supplier<? extends Model> models, double[][] x, int[] y,
                                         List<Split> folds) {
        checkData(x, y);
        checkFolds(folds, x.length);
        if (transformers == null || models == null) {
            throw new IllegalArgumentException("transformers and models must not be null");
        }
        double[] scores = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            Split split = folds.get(f);
            Pipeline pipeline = new Pipeline(transformers.get(), models.get());
            pipeline.fit(rows(x, split.train()), labels(y, split.train()));
            int[] predicted = pipeline.predict(rows(x, split.test()));
            int right = 0;
            for (int i = 0; i < predicted.length; i++) {
                right += predicted[i] == y[split.test()[i]] ? 1 : 0;
            }
            scores[f] = (double) right / predicted.length;
        }
        return scores;
    }

    /**
     * Cross-validates {@code models.apply(θ)} (behind a fresh transformer) for every candidate
     * {@code θ} in {@code parameters} and picks the first with the best mean accuracy.
     *
     * @throws IllegalArgumentException as {@link #crossValScore}, or on null, empty or NaN
     *                                  {@code parameters}
     */
    public static GridSearchResult gridSearch(Supplier<? extends Transformer> transformers,
                                              DoubleFunction<? extends Model> models, double[] parameters,
                                              double[][] x, int[] y, List<Split> folds) {
        if (parameters == null || parameters.length == 0) {
            throw new IllegalArgumentException("parameters must hold at least one candidate value");
        }
        if (models == null) {
            throw new IllegalArgumentException("models must not be null");
        }
        for (int p = 0; p < parameters.length; p++) {
            if (Double.isNaN(parameters[p])) {
                throw new IllegalArgumentException("parameters must not be NaN, parameters[" + p + "] is NaN");
            }
        }
        double[][] foldScores = new double[parameters.length][];
        double[] means = new double[parameters.length];
        int best = 0;
        for (int p = 0; p < parameters.length; p++) {
            double parameter = parameters[p];
            foldScores[p] = crossValScore(transformers, () -> models.apply(parameter), x, y, folds);
            means[p] = Arrays.stream(foldScores[p]).average().orElseThrow();
            if (means[p] > means[best]) {
                best = p;
            }
        }
        return new GridSearchResult(parameters.clone(), foldScores, means, best);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = identity(n);
        shuffleInPlace(order, random);
        return order;
    }

    private static void shuffleInPlace(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** Test = order[from, to), train = the rest; both sorted. */
    private static Split split(int[] order, int from, int to) {
        boolean[] inTest = new boolean[order.length];
        for (int i = from; i < to; i++) {
            inTest[order[i]] = true;
        }
        return complementSplit(inTest);
    }

    private static Split complementSplit(boolean[] inTest) {
        int testSize = 0;
        for (boolean t : inTest) {
            testSize += t ? 1 : 0;
        }
        int[] train = new int[inTest.length - testSize];
        int[] test = new int[testSize];
        int a = 0;
        int b = 0;
        for (int i = 0; i < inTest.length; i++) {
            if (inTest[i]) {
                test[b++] = i;
            } else {
                train[a++] = i;
            }
        }
        return new Split(train, test);
    }

    private static double[][] rows(double[][] x, int[] indices) {
        double[][] out = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            out[i] = x[indices[i]].clone();
        }
        return out;
    }

    private static int[] labels(int[] y, int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = y[indices[i]];
        }
        return out;
    }

    private static void checkData(double[][] x, int[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("x must have at least one row, had 0");
        }
        if (y.length != x.length) {
            throw new IllegalArgumentException("y must have one label per row of x (" + x.length + "), had "
                    + y.length);
        }
        int d = x[0] == null ? -1 : x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != d) {
                throw new IllegalArgumentException("rows of x must all have length " + d + ", row " + i + " has "
                        + (x[i] == null ? "none (null)" : x[i].length));
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("values of x must be finite, x[" + i + "][" + j + "] is "
                            + x[i][j]);
                }
            }
        }
    }

    private static void checkFolds(List<Split> folds, int n) {
        if (folds == null || folds.isEmpty()) {
            throw new IllegalArgumentException("folds must hold at least one split");
        }
        for (int f = 0; f < folds.size(); f++) {
            Split split = folds.get(f);
            if (split == null || split.train() == null || split.test() == null || split.train().length == 0
                    || split.test().length == 0) {
                throw new IllegalArgumentException("every split needs non-empty train and test indices, split " + f
                        + " has none");
            }
            for (int[] part : new int[][] {split.train(), split.test()}) {
                for (int i : part) {
                    if (i < 0 || i >= n) {
                        throw new IllegalArgumentException("split indices must lie in 0 … " + (n - 1) + ", split "
                                + f + " holds " + i);
                    }
                }
            }
        }
    }
}
