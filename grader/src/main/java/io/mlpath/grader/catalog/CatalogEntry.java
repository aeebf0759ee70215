package io.mlpath.grader.catalog;

import java.util.List;

/**
 * One challenge as the catalog describes it.
 *
 * @param id         {@code p<phase>.<topic>.<name>}, e.g. {@code p1.linalg.pca}
 * @param title      a short human title
 * @param topic      the topic, the middle part of the id
 * @param order      the challenge's place in its phase (1 first), unique within the phase
 * @param difficulty 1 (warm-up) to 5 (hard)
 * @param seedTopic  the topic of the source curriculum this challenge teaches
 * @param classes    fully qualified stub classes the learner edits
 * @param hints      from a nudge to a near-recipe; at least one
 * @param reading    further reading (book chapter, paper, course notes)
 * @param bans       APIs this challenge's learner code must not use, beyond its phase's (optional)
 * @param allow      system-wide bans ({@link SystemBans}) this challenge lifts, each with its reason (optional)
 */
public record CatalogEntry(String id, String title, String topic, int order, int difficulty, String seedTopic,
                           List<String> classes, List<String> hints, List<String> reading, List<Ban> bans,
                           List<Allowance> allow) {

    /** An absent {@code bans} or {@code allow} is an empty list. */
    public CatalogEntry {
        bans = bans == null ? List.of() : List.copyOf(bans);
        allow = allow == null ? List.of() : List.copyOf(allow);
    }
}
