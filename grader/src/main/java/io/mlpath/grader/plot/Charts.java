package io.mlpath.grader.plot;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every mlpath figure: 800×600 pixels, fonts readable at that size, and the
 * Okabe–Ito palette, which stays distinguishable under the common colour-vision deficiencies.
 *
 * <p>Titles state what is shown ("Iris projected on its first two principal components"), and
 * axis titles carry units where the data has them ("petal length (cm)"), so a figure makes sense
 * on its own.
 *
 * <pre>{@code
 * XYChart chart = Charts.xy("Training loss of the MLP on Digits", "epoch", "mean cross-entropy (nats)");
 * chart.addSeries("training loss", epochs, loss);
 * figures.save("digits-loss", chart);
 * }</pre>
 *
 * <p>Reference: M. Okabe and K. Ito, "Color Universal Design" (2008), jfly.uni-koeln.de/color.
 */
public final class Charts {

    /** Width of every figure, in pixels. */
    public static final int WIDTH = 800;

    /** Height of every figure, in pixels. */
    public static final int HEIGHT = 600;

    /** Okabe–Ito colours, most distinct first: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};

    private static final String FONT = Font.SANS_SERIF;

    private Charts() {
    }

    /** A line or scatter chart with the shared style. */
    public static XYChart xy(String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setMarkerSize(7);
        return chart;
    }

    /** A bar chart with the shared style. */
    public static CategoryChart bars(String title, String xAxisTitle, String yAxisTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        return chart;
    }

    /** A heat map from white (low) to dark blue (high), with the shared fonts. */
    public static HeatMapChart heatMap(String title, String xAxisTitle, String yAxisTitle) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        style(chart.getStyler());
        chart.getStyler().setRangeColors(new Color[] {Color.WHITE, PALETTE[5], PALETTE[0], new Color(0x08306B)});
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        return chart;
    }

    /** Colour {@code i} of the palette (wrapping round after eight). */
    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** Colour {@code i} mixed with white, for backgrounds such as decision regions under the data. */
    public static Color pale(int i) {
        Color c = color(i);
        return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
    }

    private static int mix(int channel) {
        return channel + (255 - channel) * 3 / 5;
    }

    private static void style(AxesChartStyler styler) {
        styler.setChartTitleFont(new Font(FONT, Font.BOLD, 18));
        styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, 15));
        styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 13));
        styler.setLegendFont(new Font(FONT, Font.PLAIN, 13));
        styler.setSeriesColors(PALETTE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xDDDDDD));
        styler.setChartTitleBoxVisible(false);
        styler.setLegendBorderColor(new Color(0xBBBBBB));
    }
}
