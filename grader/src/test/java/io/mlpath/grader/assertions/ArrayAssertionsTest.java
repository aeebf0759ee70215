package io.mlpath.grader.assertions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArrayAssertionsTest {

    private static final String NL = System.lineSeparator();

    @Test
    @DisplayName("a vector failure names the first differing index, both values, the difference and the mistake")
    void vectorMessage() {
        assertThatThrownBy(() -> ArrayAssertions.assertClose("explained variance", new double[] {4.0, 0.25, 0.5},
                new double[] {4.0, 0.5, 0.25}, Tolerance.absolute(1e-9), "are the eigenvalues sorted?"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("explained variance differs at [1]" + NL
                        + "  expected:   0.25" + NL
                        + "  actual:     0.5" + NL
                        + "  difference: 0.25 (allowed: absolute 1.0E-9)" + NL
                        + "  all expected: [4.0, 0.25, 0.5]" + NL
                        + "  all actual: [4.0, 0.5, 0.25]" + NL
                        + "  likely mistake: are the eigenvalues sorted?");
    }

    @Test
    @DisplayName("a matrix failure names row and column")
    void matrixMessage() {
        assertThatThrownBy(() -> ArrayAssertions.assertClose("W", new double[][] {{1, 2}, {3, 4}},
                new double[][] {{1, 2}, {3, 5}}, Tolerance.absolute(0.5), null))
                .hasMessageStartingWith("W differs at [1][1]" + NL + "  expected:   4.0" + NL + "  actual:     5.0")
                .hasMessageNotContaining("likely mistake");
    }

    @Test
    @DisplayName("shape mismatches are reported before values")
    void shapes() {
        assertThatThrownBy(() -> ArrayAssertions.assertClose("v", new double[3], new double[2], Tolerance.absolute(1), "m"))
                .hasMessageStartingWith("v has the wrong length" + NL + "  expected:   3 values" + NL + "  actual:     2 values");
        assertThatThrownBy(() -> ArrayAssertions.assertClose("M", new double[2][2], new double[][] {{0, 0}, {0}},
                Tolerance.absolute(1), "m")).hasMessageStartingWith("M row 1 has the wrong length");
        assertThatThrownBy(() -> ArrayAssertions.assertClose("v", new double[1], (double[]) null, Tolerance.absolute(1), "m"))
                .hasMessageStartingWith("v was null");
    }

    @Test
    @DisplayName("values within tolerance pass; NaN equals only NaN; relative tolerance scales")
    void tolerance() {
        assertThatCode(() -> ArrayAssertions.assertClose("x", 1.0, 1.0 + 1e-10, Tolerance.absolute(1e-9), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArrayAssertions.assertClose("x", Double.NaN, Double.NaN, Tolerance.absolute(0), null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ArrayAssertions.assertClose("x", 0.0, Double.NaN, Tolerance.absolute(1), "overflow?"))
                .hasMessageContaining("actual:     NaN");
        assertThatCode(() -> ArrayAssertions.assertClose("x", 1e12, 1e12 + 1, Tolerance.relative(1e-9), null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Tolerance.absolute(-1)).hasMessage("tolerance must be finite and >= 0, was -1.0");
    }
}
