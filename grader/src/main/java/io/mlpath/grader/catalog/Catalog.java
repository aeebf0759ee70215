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
 * @param bans          APIs no challenge of this module may use (optional in the JSON)
 * @param file          where the catalog was read from (not part of the JSON)
 */
public record Catalog(int schemaVersion, int phase, String title, List<CatalogEntry> challenges, List<Ban> bans,
                      Path file) {

    /** The module's bans followed by the entry's own. */
    public List<Ban> bansOf(CatalogEntry entry) {
        List<Ban> all = new java.util.ArrayList<>(bans);
        all.addAll(entry.bans());
        return all;
    }

    /** The module directory holding this catalog. */
    public Path moduleDir() {
        return file.toAbsolutePath().getParent();
    }
}
