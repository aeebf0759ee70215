package io.mlpath.grader.assertions;

/** Number formatting shared by the failure messages: every digit, so a difference always shows. */
final class Formats {

    private static final int MAX_SHOWN = 8;

    private Formats() {
    }

    static String number(double value) {
        return Double.toString(value);
    }

    static String array(double[] values) {
        StringBuilder out = new StringBuilder("[");
        int shown = Math.min(values.length, MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        if (values.length > shown) {
            out.append(", … (").append(values.length).append(" values)");
        }
        return out.append(']').toString();
    }

    static String difference(double expected, double actual, Tolerance tolerance) {
        return number(Math.abs(actual - expected)) + " (allowed: " + tolerance + ")";
    }
}
