package io.mlpath.grader.engine;

import io.mlpath.grader.catalog.Ban;
import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.catalog.CatalogLoader;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds learner code that uses an API its challenge bans (the catalog's {@code bans}, for the
 * module and per challenge), by reading the compiled classes as the tests will load them.
 *
 * <p>A challenge with a violation scores 0, whatever its tests say, with a message that names
 * the banned API, where it is used, why it is banned and what to use instead.
 */
public final class Bans {

    private Bans() {
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
            List<Ban> bans = catalog.bansOf(entry);
            if (bans.isEmpty()) {
                continue;
            }
            for (String type : entry.classes()) {
                String violation = firstViolation(type, bans, loader);
                if (violation != null) {
                    found.put(entry.id(), violation);
                    break;
                }
            }
        }
        return found;
    }

    /** The message for the first banned use in {@code type} or its nested classes, or null. */
    static String firstViolation(String type, List<Ban> bans, ClassLoader loader) {
        for (Map.Entry<String, byte[]> file : classFiles(type, loader).entrySet()) {
            for (String constant : BytecodeScan.constants(file.getValue())) {
                for (Ban ban : bans) {
                    int at = constant.indexOf(ban.prefix());
                    if (at >= 0) {
                        return "uses " + name(constant, at) + " (in " + file.getKey() + "), which this challenge bans: "
                                + ban.why() + ". Instead: " + ban.instead() + ". The challenge scores 0 until the use is gone.";
                    }
                }
            }
        }
        return null;
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_$.]+");

    private static String name(String constant, int at) {
        Matcher m = NAME.matcher(constant);
        return m.find(at) ? m.group() : constant;
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
