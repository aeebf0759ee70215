package io.mlpath.p2.evaluation;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.Failure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of k-fold splitting and of a pipeline that fits its transformer on training rows only. */
@Challenge("p2.evaluation.cross-validation")
class CrossValidationTest {

    @Test
    @Points(1)
    @DisplayName("kFold(10, 3, no shuffle) has test folds {0,1,2,3}, {4,5,6}, {7,8,9}; the first split trains on "
            + "{4, …, 9}")
    void kFoldWorkedExample() {
        List<CrossValidation.Split> folds = CrossValidation.kFold(10, 3, false, 0);
        int[][] expectedTests = {{0, 1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        for (int f = 0; f < 3; f++) {
            if (!Arrays.equals(expectedTests[f], folds.get(f).test())) {
                throw Failure.of("test fold " + f + " of kFold(10, 3) differs")
                        .expected(Arrays.toString(expectedTests[f])).actual(Arrays.toString(folds.get(f).test()))
                        .likelyMistake("10 = 3·3 + 1: the FIRST 10 mod 3 = 1 fold gets one extra row")
                        .error();
            }
        }
        if (!Arrays.equals(new int[] {4, 5, 6, 7, 8, 9}, folds.get(0).train())) {
            throw Failure.of("the training rows of split 0 differ").expected("[4, 5, 6, 7, 8, 9]")
                    .actual(Arrays.toString(folds.get(0).train()))
                    .likelyMistake("the training set is every row NOT in the test fold, sorted").error();
        }
    }

    @Test
    @Points(2)
    @DisplayName("a Pipeline fits its transformer on the rows passed to fit only: predicting new rows transforms "
            + "them with the training mean, it does not refit")
    void pipelineFitsTheTransformerOnTrainingRowsOnly() {
        List<double[][]> fitted = new ArrayList<>();
        CrossValidation.Transformer centre = new CrossValidation.Transformer() {
            private double mean;

            @Override
            public CrossValidation.Transformer fit(double[][] x) {
                fitted.add(x);
                mean = Arrays.stream(x).mapToDouble(r -> r[0]).average().orElseThrow();
                return this;
            }

            @Override
            public double[][] transform(double[][] x) {
                return Arrays.stream(x).map(r -> new double[] {r[0] - mean}).toArray(double[][]::new);
            }
        };
        CrossValidation.Model sign = new CrossValidation.Model() {
            @Override
            public CrossValidation.Model fit(double[][] x, int[] y) {
                return this;
            }

            @Override
            public int[] predict(double[][] x) {
                return Arrays.stream(x).mapToInt(r -> r[0] > 0 ? 1 : 0).toArray();
            }
        };
        // Training mean is 2: the new row 2.5 lies above it (class 1) although it is below the mean of the new rows.
        CrossValidation.Pipeline pipeline = new CrossValidation.Pipeline(centre, sign)
                .fit(new double[][] {{1}, {2}, {3}}, new int[] {0, 0, 1});
        int[] predicted = pipeline.predict(new double[][] {{2.5}, {10}, {1.5}});

        if (fitted.size() != 1 || fitted.get(0).length != 3) {
            throw Failure.of("the transformer was fitted " + fitted.size() + " time(s)")
                    .expected("exactly once, on the 3 training rows")
                    .actual(fitted.size() + " fit call(s)")
                    .likelyMistake("predict must only TRANSFORM new rows; fitting on them leaks their statistics")
                    .error();
        }
        if (!Arrays.equals(new int[] {1, 1, 0}, predicted)) {
            throw Failure.of("pipeline predictions differ").expected("[1, 1, 0]").actual(Arrays.toString(predicted))
                    .likelyMistake("transform the new rows with the transformer fitted on the training rows, then "
                            + "call the model's predict on the transformed rows")
                    .error();
        }
    }
}
