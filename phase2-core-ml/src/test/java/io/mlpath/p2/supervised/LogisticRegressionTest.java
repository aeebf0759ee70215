package io.mlpath.p2.supervised;

import io.mlpath.grader.Challenge;
import io.mlpath.grader.Points;
import io.mlpath.grader.assertions.ArrayAssertions;
import io.mlpath.grader.assertions.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of binary logistic regression. */
@Challenge("p2.supervised.logistic-regression")
class LogisticRegressionTest {

    @Test
    @Points(1)
    @DisplayName("sigmoid(0) = 0.5, sigmoid(2) = 0.8808, and sigmoid(±1000) is exactly 1 and 0, not NaN")
    void sigmoidIsStable() {
        ArrayAssertions.assertClose("sigmoid(0)", 0.5, LogisticRegression.sigmoid(0), Tolerance.absolute(0),
                "1/(1 + e⁰) = 1/2");
        ArrayAssertions.assertClose("sigmoid(2)", 0.8807970779778823, LogisticRegression.sigmoid(2),
                Tolerance.absolute(1e-15), "1/(1 + e⁻²)");
        ArrayAssertions.assertClose("sigmoid(1000)", 1.0, LogisticRegression.sigmoid(1000), Tolerance.absolute(0),
                "e^1000 overflows to ∞; for z ≥ 0 use 1/(1 + e^{−z})");
        ArrayAssertions.assertClose("sigmoid(-1000)", 0.0, LogisticRegression.sigmoid(-1000), Tolerance.absolute(0),
                "for z < 0 use e^z/(1 + e^z), which never overflows");
    }

    @Test
    @Points(1)
    @DisplayName("at w = 0, b = 0 every row has the loss log 2, so J = C·n·log 2")
    void objectiveAtZero() {
        double[][] x = {{1, 2}, {-3, 0.5}, {0, 0}};
        int[] y = {1, 0, 1};
        ArrayAssertions.assertClose("objective(w = 0, b = 0, C = 2)", 2 * 3 * Math.log(2),
                LogisticRegression.objective(new double[] {0, 0}, 0, x, y, 2), Tolerance.relative(1e-14),
                "log(1 + e⁰) − y·0 = log 2 for each row, times C, plus ½‖0‖² = 0");
    }

    @Test
    @Points(1)
    @DisplayName("with a feature that is always 0 and labels {1, 1, 1, 0}, the unpenalised intercept is the "
            + "log-odds log 3 and predictProba gives {0.25, 0.75}")
    void interceptIsTheLogOdds() {
        LogisticRegression model = new LogisticRegression(1).fit(new double[][] {{0}, {0}, {0}, {0}},
                new int[] {1, 1, 1, 0});

        ArrayAssertions.assertClose("intercept()", Math.log(3), model.intercept(), Tolerance.absolute(1e-6),
                "σ(b) must equal the share of class 1, 3/4, so b = log(3/4 ÷ 1/4) = log 3");
        ArrayAssertions.assertClose("predictProba({{0}})", new double[][] {{0.25, 0.75}},
                model.predictProba(new double[][] {{0}}), Tolerance.absolute(1e-6), "{1 − σ(b), σ(b)}");
    }
}
