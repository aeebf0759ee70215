package io.mlpath.grader.engine;

import io.mlpath.grader.catalog.ApiPrefix;
import io.mlpath.grader.catalog.Ban;
import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.catalog.CatalogLoader;
import io.mlpath.grader.catalog.SystemBans;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds learner code that uses a banned API, by reading the compiled classes as the tests will
 * load them: the {@link SystemBans} that every challenge has (less those its entry's
 * {@code allow} lifts), then the catalog's own {@code bans}, for the module and per challenge.
 *
 * <p>A challenge with a violation scores 0, whatever its tests say, with a message that names
 * the banned API, where it is used, why it is banned and what to use instead:
 *
 * <pre>
 * uses java.lang.System.exit (in io.mlpath.p1.linalg.Pca), which every challenge bans: it stops the
 * Java virtual machine ... Instead: throw an exception ... The challenge scores 0 until the use is gone.
 * </pre>
 *
 * <p>{@link BytecodeScan} says which names a class uses; {@link ApiPrefix} says which of them a
 * ban covers.
 */
public final class Bans {

    private Bans() {
    }

    /** A ban, the shape of its prefix, and whom it applies to as the message says it ("every challenge"). */
    record Rule(Ban ban, ApiPrefix shape, String scope) {

        Rule(Ban ban, String scope) {
            this(ban, ApiPrefix.of(ban.prefix()).orElseThrow(() -> new IllegalArgumentException(
                    "ban prefix: " + ApiPrefix.RULE + ", was '" + ban.prefix() + "'")), scope);
        }

        boolean covers(String name) {
            return shape.covers(ban.prefix(), name);
        }
    }

    /** Challenge id → the violation message, for the module at {@code moduleDir} (empty without a catalog). */
    public static Map<String, String> violations(Path moduleDir, ClassLoader loader) {
        if (moduleDir == null || !Files.isRegularFile(moduleDir.resolve(CatalogLoader.FILE_NAME))) {
            return Map.of();
        }
        Catalog catalog;
        try {
            catalog = CatalogLoader.load(moduleDir.resolve(CatalogLoader.FILE_NAME));
        } catch (IllegalArgumentException e) {
            return Map.of(); // a broken catalog is the check's and the report's to name
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (CatalogEntry entry : catalog.challenges()) {
            List<Rule> rules = rulesOf(catalog, entry);
            for (String type : entry.classes()) {
                String violation = firstViolation(type, rules, loader);
                if (violation != null) {
                    found.put(entry.id(), violation);
                    break;
                }
            }
        }
        return found;
    }

    /** The system-wide bans that {@code entry} does not lift, then its module's and its own. */
    static List<Rule> rulesOf(Catalog catalog, CatalogEntry entry) {
        List<Rule> rules = new ArrayList<>();
        SystemBans.applyingTo(entry).forEach(ban -> rules.add(new Rule(ban, "every challenge")));
        catalog.bansOf(entry).forEach(ban -> rules.add(new Rule(ban, "this challenge")));
        return rules;
    }

    /** The message for the first banned use in {@code type} or its nested classes, or null. */
    static String firstViolation(String type, List<Rule> rules, ClassLoader loader) {
        for (Map.Entry<String, byte[]> file : classFiles(type, loader).entrySet()) {
            for (String name : BytecodeScan.names(file.getValue())) {
                for (Rule rule : rules) {
                    if (rule.covers(name)) {
                        return message(name, file.getKey(), rule);
                    }
                }
            }
        }
        return null;
    }

    /** What the learner reads: the use, where, who bans it, why, and what to do instead. */
    static String message(String name, String where, Rule rule) {
        return "uses " + name + " (in " + where + "), which " + rule.scope() + " bans: " + rule.ban().why()
                + ". Instead: " + rule.ban().instead() + ". The challenge scores 0 until the use is gone.";
    }

    /** The class file of {@code type} and of its nested and anonymous classes, by class name. */
    private static Map<String, byte[]> classFiles(String type, ClassLoader loader) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String resource = type.replace('.', '/') + ".class";
        URL url = loader.getResource(resource);
        if (url == null) {
            return files;
        }
        files.put(type, read(url));
        if ("file".equals(url.getProtocol())) {
            try {
                Path file = Path.of(url.toURI());
                String nestedPrefix = file.getFileName().toString().replace(".class", "$");
                try (Stream<Path> siblings = Files.list(file.getParent())) {
                    List<Path> nested = new ArrayList<>(siblings.filter(p -> p.getFileName().toString().startsWith(nestedPrefix))
                            .sorted().toList());
                    for (Path p : nested) {
                        String simple = p.getFileName().toString().replace(".class", "");
                        files.put(type.substring(0, type.lastIndexOf('.') + 1) + simple, Files.readAllBytes(p));
                    }
                }
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("cannot list the nested classes of " + type + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }
}
