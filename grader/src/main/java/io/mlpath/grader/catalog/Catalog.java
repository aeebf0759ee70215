package io.mlpath.grader.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * A module's list of challenges ({@code <module>/catalog.json}), in the order learners take them.
 *
 * @param schemaVersion the format version, {@value CatalogLoader#SCHEMA_VERSION}
 * @param phase         the phase number, used in ids ({@code p<phase>.}) and to order reports
 * @param title         the phase's title
 * @param challenges    the entries, sorted by {@code order}
 * @param file          where the catalog was read from (not part of the JSON)
 */
public record Catalog(int schemaVersion, int phase, String title, List<CatalogEntry> challenges, Path file) {

    /** The module directory holding this catalog. */
    public Path moduleDir() {
        return file.toAbsolutePath().getParent();
    }
}
