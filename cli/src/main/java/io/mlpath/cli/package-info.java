/**
 * The learner's command-line tool, {@code ./mlpath}: {@code list}, {@code next} and {@code hint},
 * computed from the catalogs and the latest results. Start at {@link io.mlpath.cli.Main}.
 */
package io.mlpath.cli;
