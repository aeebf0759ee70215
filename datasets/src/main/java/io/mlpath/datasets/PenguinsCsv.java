package io.mlpath.datasets;

import java.util.List;

/** Parses palmerpenguins' {@code penguins.csv}: a header, then rows with {@code NA} for missing values. */
final class PenguinsCsv {

    private static final List<String> HEADER = List.of("species", "island", "bill_length_mm", "bill_depth_mm",
            "flipper_length_mm", "body_mass_g", "sex", "year");
    private static final List<String> NUMERIC = List.of("bill_length_mm", "bill_depth_mm", "flipper_length_mm",
            "body_mass_g", "year");
    private static final List<String> CATEGORICAL = List.of("species", "island", "sex");

    private PenguinsCsv() {
    }

    static MixedData parse(BundledFile file) {
        String[] lines = file.text().strip().split("\\R");
        List<String> header = List.of(lines[0].split(","));
        if (!header.equals(HEADER)) {
            throw new IllegalStateException("dataset file " + file.fileName() + " line 1: header must be " + HEADER
                    + ", was " + header);
        }
        int n = lines.length - 1;
        double[][] numeric = new double[n][NUMERIC.size()];
        String[][] categorical = new String[n][CATEGORICAL.size()];
        for (int i = 0; i < n; i++) {
            String[] cells = lines[i + 1].split(",", -1);
            if (cells.length != HEADER.size()) {
                throw new IllegalStateException("dataset file " + file.fileName() + " line " + (i + 2) + " has "
                        + cells.length + " values, expected " + HEADER.size());
            }
            for (int j = 0; j < NUMERIC.size(); j++) {
                String cell = cells[HEADER.indexOf(NUMERIC.get(j))];
                try {
                    numeric[i][j] = "NA".equals(cell) ? Double.NaN : Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("dataset file " + file.fileName() + " line " + (i + 2) + " column "
                            + NUMERIC.get(j) + " must be a number or NA, was '" + cell + "'", e);
                }
            }
            for (int j = 0; j < CATEGORICAL.size(); j++) {
                String cell = cells[HEADER.indexOf(CATEGORICAL.get(j))];
                categorical[i][j] = "NA".equals(cell) ? null : cell;
            }
        }
        return new MixedData("penguins", NUMERIC, numeric, CATEGORICAL, categorical);
    }
}
