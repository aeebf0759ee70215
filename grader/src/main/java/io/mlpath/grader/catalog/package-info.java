/**
 * The per-module challenge catalogs ({@code catalog.json}): ids, titles, order, hints, reading,
 * and the APIs learner code may not use.
 * {@link io.mlpath.grader.catalog.CatalogLoader} validates every rule with a message that names
 * the file, the entry and the rule. {@link io.mlpath.grader.catalog.SystemBans} holds the bans
 * that apply to every challenge; a catalog adds its own {@link io.mlpath.grader.catalog.Ban}s and
 * lifts a system-wide one for a single challenge with an {@link io.mlpath.grader.catalog.Allowance}.
 */
package io.mlpath.grader.catalog;
