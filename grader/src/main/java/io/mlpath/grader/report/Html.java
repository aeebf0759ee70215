package io.mlpath.grader.report;

import java.util.Locale;

/**
 * The small pieces of HTML the progress page is made of: escaped text and progress bars.
 *
 * <p>Every text that comes from a catalog or a test result goes through {@link #escape(String)}:
 * failure messages often hold {@code <}, {@code >} and {@code &} (matrices, generics,
 * comparisons), and must show literally instead of becoming markup.
 */
final class Html {

    private Html() {
    }

    /**
     * The text with {@code & < > " '} replaced by character references, safe in element content
     * and in quoted attribute values; {@code null} is the empty text.
     *
     * <p>Example: {@code escape("a < b & c")} is {@code "a &lt; b &amp; c"}.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A progress bar for {@code score} of {@code max} points: a track whose fill is as wide as
     * the share scored, announced to screen readers as a progress bar named {@code label}.
     */
    static String bar(int score, int max, String label) {
        double share = max == 0 ? 0 : Math.min(1.0, (double) score / max);
        return "<div class=\"bar\" role=\"progressbar\" aria-label=\"" + escape(label) + "\" aria-valuemin=\"0\""
                + " aria-valuemax=\"" + max + "\" aria-valuenow=\"" + score + "\">"
                + "<div class=\"fill\" style=\"width: " + String.format(Locale.ROOT, "%.2f", 100 * share)
                + "%\"></div></div>\n";
    }

    /** {@code "12/40 points (30 %)"}: the percentage rounded down, so 100 % means every point. */
    static String points(int score, int max) {
        int percent = max == 0 ? 0 : (int) Math.floor(100.0 * score / max);
        return score + "/" + max + " points (" + percent + " %)";
    }
}
