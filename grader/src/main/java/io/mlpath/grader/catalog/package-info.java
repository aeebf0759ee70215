/**
 * The per-module challenge catalogs ({@code catalog.json}): ids, titles, order, hints, reading.
 * {@link io.mlpath.grader.catalog.CatalogLoader} validates every rule with a message that names
 * the file, the entry and the rule.
 */
package io.mlpath.grader.catalog;
