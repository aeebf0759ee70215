package io.mlpath.grader.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and validates catalogs. A bad catalog fails loudly, naming the file, the entry and the
 * rule, because a silently dropped entry would drop a challenge from every grade.
 *
 * <p>Bans and allowances are checked here too: every prefix must have a shape of
 * {@link ApiPrefix}, and an entry's {@code allow} may only lift bans that {@link SystemBans}
 * lists, each once and with a reason.
 */
public final class CatalogLoader {

    /** The catalog format version this grader reads. */
    public static final int SCHEMA_VERSION = 1;

    /** Each module's catalog file name. */
    public static final String FILE_NAME = "catalog.json";

    private static final Pattern ID = Pattern.compile("p(\\d+)\\.([a-z][a-z0-9]*)\\.([a-z][a-z0-9-]*)");
    private static final Pattern CLASS_NAME = Pattern.compile("([a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9]*");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CatalogLoader() {
    }

    /** Every module catalog directly under {@code root} ({@code <root>/<module>/catalog.json}), by phase. */
    public static List<Catalog> loadAll(Path root) {
        List<Catalog> catalogs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path file = dir.resolve(FILE_NAME);
                if (Files.isRegularFile(file)) {
                    catalogs.add(load(file));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list modules under " + root + ": " + e.getMessage(), e);
        }
        catalogs.sort(Comparator.comparingInt(Catalog::phase));
        Set<String> ids = new HashSet<>();
        for (Catalog catalog : catalogs) {
            for (CatalogEntry entry : catalog.challenges()) {
                require(ids.add(entry.id()), catalog.file(), entry.id(), "ids must be unique across the repository");
            }
        }
        return catalogs;
    }

    /** Reads one catalog and checks every rule; entries come back sorted by order. */
    public static Catalog load(Path file) {
        CatalogJson raw;
        try {
            raw = JSON.readValue(file.toFile(), CatalogJson.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException("catalog " + file + " does not match the catalog format: "
                    + e.getOriginalMessage() + " at " + e.getPathReference()
                    + " (see grader/AUTHORING.md for the fields)", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("catalog " + file + " is not readable JSON: " + e.getMessage(), e);
        }
        require(raw.schemaVersion() == SCHEMA_VERSION, file, "schemaVersion",
                "must be " + SCHEMA_VERSION + ", was " + raw.schemaVersion());
        require(raw.phase() >= 1, file, "phase", "must be at least 1, was " + raw.phase());
        require(notBlank(raw.title()), file, "title", "must not be blank");
        require(raw.challenges() != null, file, "challenges", "must be a list (it may be empty)");
        Set<String> ids = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (CatalogEntry entry : raw.challenges()) {
            validate(file, raw.phase(), entry);
            require(ids.add(entry.id()), file, entry.id(), "id appears twice");
            require(orders.add(entry.order()), file, entry.id(), "order " + entry.order() + " is used twice");
        }
        List<Ban> bans = raw.bans() == null ? List.of() : raw.bans();
        validateBans(file, "bans", bans);
        List<CatalogEntry> sorted = raw.challenges().stream().sorted(Comparator.comparingInt(CatalogEntry::order)).toList();
        return new Catalog(raw.schemaVersion(), raw.phase(), raw.title(), sorted, bans, file);
    }

    private static void validateBans(Path file, String where, List<Ban> bans) {
        for (Ban ban : bans) {
            require(ban != null && ApiPrefix.of(ban.prefix()).isPresent(), file, where,
                    "each ban needs a prefix: " + ApiPrefix.RULE + ", was " + (ban == null ? "null" : "'" + ban.prefix() + "'"));
            require(notBlank(ban.why()) && notBlank(ban.instead()), file, where + " " + ban.prefix(),
                    "a ban must say why and what to use instead (fields 'why' and 'instead')");
        }
    }

    /** Each allowance names one system-wide ban exactly, once, with a reason. */
    private static void validateAllow(Path file, String id, List<Allowance> allow) {
        Set<String> seen = new HashSet<>();
        for (Allowance allowance : allow) {
            String prefix = allowance.prefix();
            require(ApiPrefix.of(prefix).isPresent(), file, id + " allow",
                    "each allowance needs a prefix: " + ApiPrefix.RULE + ", was '" + prefix + "'");
            require(SystemBans.isBanned(prefix), file, id + " allow " + prefix,
                    "an allowance must name a system-wide ban exactly, and no system-wide ban has this prefix"
                            + closest(prefix) + " (grader/AUTHORING.md lists them)");
            require(notBlank(allowance.why()), file, id + " allow " + prefix,
                    "an allowance must say why the challenge needs the API (field 'why')");
            require(seen.add(prefix), file, id + " allow " + prefix, "the prefix is allowed twice");
        }
    }

    /** The system-wide bans under the nearest enclosing class or package of {@code prefix} (two names at least), as a hint. */
    private static String closest(String prefix) {
        for (int cut = prefix.lastIndexOf('.', prefix.length() - 2); cut > prefix.indexOf('.'); cut = prefix.lastIndexOf('.', cut - 1)) {
            String stem = prefix.substring(0, cut + 1);
            List<String> near = SystemBans.list().stream().map(Ban::prefix).filter(p -> p.startsWith(stem)).toList();
            if (!near.isEmpty()) {
                return "; those under " + stem + " are " + String.join(", ", near);
            }
        }
        return "";
    }

    private static void validate(Path file, int phase, CatalogEntry entry) {
        String id = String.valueOf(entry.id());
        validateBans(file, id, entry.bans());
        validateAllow(file, id, entry.allow());
        var match = ID.matcher(id);
        require(match.matches(), file, id, "id must look like p<phase>.<topic>.<name> in lower case, e.g. p1.linalg.pca");
        require(Integer.parseInt(match.group(1)) == phase, file, id,
                "id must start with p" + phase + ". because the catalog is for phase " + phase);
        require(match.group(2).equals(entry.topic()), file, id,
                "topic must be the middle part of the id ('" + match.group(2) + "'), was '" + entry.topic() + "'");
        require(notBlank(entry.title()), file, id, "title must not be blank");
        require(entry.order() >= 1, file, id, "order must be at least 1, was " + entry.order());
        require(entry.difficulty() >= 1 && entry.difficulty() <= 5, file, id,
                "difficulty must be 1 to 5, was " + entry.difficulty());
        require(notBlank(entry.seedTopic()), file, id, "seedTopic must name the curriculum topic it teaches");
        require(entry.classes() != null && !entry.classes().isEmpty(), file, id, "classes must list the stub classes");
        for (String type : entry.classes()) {
            require(type != null && CLASS_NAME.matcher(type).matches(), file, id,
                    "classes must be fully qualified class names like io.mlpath.p1.linalg.Pca, was '" + type + "'");
        }
        require(entry.hints() != null && !entry.hints().isEmpty() && entry.hints().stream().allMatch(CatalogLoader::notBlank),
                file, id, "hints must hold at least one non-blank hint");
        require(entry.reading() != null && entry.reading().stream().allMatch(CatalogLoader::notBlank),
                file, id, "reading must be a list of non-blank references");
    }

    /** The file's fields, before validation. */
    private record CatalogJson(int schemaVersion, int phase, String title, List<CatalogEntry> challenges,
                               List<Ban> bans) {
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean rule, Path file, String where, String problem) {
        if (!rule) {
            throw new IllegalArgumentException("catalog " + file + ", " + where + ": " + problem);
        }
    }
}
