package io.mlpath.p1.stats;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of descriptive statistics; the hidden tests check much more. */
@Challenge("p1.stats.descriptive")
class DescriptiveTest {

    /**
     * {@code {2, 4, 4, 4, 5, 5, 7, 9}}: mean 5, squared deviations 9, 1, 1, 1, 0, 0, 4, 16 summing
     * to 32, so the population variance is 32/8 = 4 and the sample variance 32/7. Sorted, the
     * two middle values are 4 and 5. For p = 0.9, h = (8 − 1)·0.9 = 6.3: 30 % of the way from
     * x_(6) = 7 to x_(7) = 9.
     */
    @Test
    @Points(2)
    @DisplayName("{2, 4, 4, 4, 5, 5, 7, 9}: mean 5, population variance 4, sample variance 32/7, median 4.5, 90 % quantile 7.6")
    void workedExample() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};

        ArrayAssertions.assertClose("mean", 5.0, Descriptive.mean(x), Tolerance.absolute(1e-12),
                "the mean is the sum divided by the count");
        ArrayAssertions.assertClose("population variance", 4.0, Descriptive.populationVariance(x),
                Tolerance.absolute(1e-12), "the population variance divides the squared deviations by n = 8");
        ArrayAssertions.assertClose("sample variance", 32.0 / 7, Descriptive.sampleVariance(x),
                Tolerance.absolute(1e-12), "the sample variance divides the squared deviations by n - 1 = 7");
        ArrayAssertions.assertClose("median of an even number of values", 4.5, Descriptive.median(x),
                Tolerance.absolute(1e-12), "with 8 values the median is the average of the 4th and 5th sorted values");
        ArrayAssertions.assertClose("quantile(x, 0.9)", 7.6, Descriptive.quantile(x, 0.9), Tolerance.absolute(1e-12),
                "h = (n - 1) * p = 6.3: go 30 % of the way from the sorted value at index 6 (7) to index 7 (9)");
    }

    /**
     * Shifting data does not change its spread: {@code {4, 7, 13, 16}} has mean 10, squared
     * deviations 36, 9, 9, 36 and sample variance 90/3 = 30, and so does
     * {@code 1e9 + {4, 7, 13, 16}}. Computed as {@code Σx² − n·x̄²}, the second is the difference
     * of two numbers near 4e18 and comes out wrong.
     */
    @Test
    @Points(1)
    @DisplayName("the sample variance of 1e9 + {4, 7, 13, 16} is 30, as for {4, 7, 13, 16}")
    void varianceOfShiftedData() {
        double[] x = {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16};

        ArrayAssertions.assertClose("sample variance of 1e9 + {4, 7, 13, 16}", 30.0, Descriptive.sampleVariance(x),
                Tolerance.absolute(1e-9), "subtract the mean first and sum the squared deviations;"
                        + " sum(x^2) - n * mean^2 loses every digit to rounding when the values are near 1e9");
    }

    /** The class example of {@link Descriptive.Online}: after 2, 4, 9 the mean is 5 and M2 = 26. */
    @Test
    @Points(1)
    @DisplayName("Online: after adding 2, 4 and 9 the count is 3, the mean 5 and the sample variance 13")
    void onlineExample() {
        Descriptive.Online online = new Descriptive.Online().add(2).add(4).add(9);

        ArrayAssertions.assertClose("count", 3, online.count(), Tolerance.absolute(0), "add increments the count");
        ArrayAssertions.assertClose("running mean", 5.0, online.mean(), Tolerance.absolute(1e-12),
                "mean += delta / n, with the count already incremented");
        ArrayAssertions.assertClose("running sample variance", 13.0, online.sampleVariance(), Tolerance.absolute(1e-12),
                "M2 += delta * (x - mean), with delta taken from the old mean and (x - mean) from the new one");
    }
}
