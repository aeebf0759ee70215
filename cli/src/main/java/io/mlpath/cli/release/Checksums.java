package io.mlpath.cli.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SHA-256 checksums in {@code sha256sum}'s format: one {@code <64 hex digits>  <path>} line per
 * file, sorted by path, so {@code sha256sum -c checksums.sha256} checks them too.
 */
final class Checksums {

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

    private Checksums() {
    }

    /** The lowercase hex SHA-256 of a file's bytes. */
    static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to compute its checksum", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Writes {@code hashes} (path to hex SHA-256) to {@code file}, sorted by path. */
    static void write(Path file, Map<String, String> hashes) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(hashes).forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads a checksums file back: path to hex SHA-256.
     *
     * @throws IllegalArgumentException naming the line that is not {@code <hex>  <path>}, or a path
     *                                  that leaves its directory
     */
    static SortedMap<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("a grading pack holds checksums.sha256, but " + file
                    + " cannot be read (" + e + "); use the pack written by ./mlpath release", e);
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher line = LINE.matcher(lines.get(i));
            if (!line.matches()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + " must be '<64 lowercase hex digits>"
                        + "  <path>', was '" + lines.get(i) + "'");
            }
            String path = line.group(2);
            if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + " must name a relative path inside the"
                        + " release, with / separators and no '..', was '" + path + "'");
            }
            hashes.put(path, line.group(1));
        }
        return hashes;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
