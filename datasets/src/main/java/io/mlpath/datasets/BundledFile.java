package io.mlpath.datasets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * One data file shipped in this module, with the SHA-256 it must have.
 *
 * <p>Files are read from the classpath and verified before parsing, so a truncated or edited
 * file fails with a message naming the file and both checksums instead of producing a
 * silently different dataset. Sources and licences are listed in {@code datasets/README.md}.
 */
enum BundledFile {
    IRIS("iris.csv", "f13ffa8fdd56fd8e6c8d16d4081a3fbd3114bcd0aae4256c43205169cd9d1449"),
    BREAST_CANCER("breast_cancer.csv", "fed3eb72d0575ef6192293f5093c6e801b1476b577d0386bf4455504522172ed"),
    WINE("wine_data.csv", "10e8a802908b34f86e5da8ce962f3c806694bc98450a18f61851af59f324bede"),
    DIGITS("digits.csv.gz", "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a"),
    DIABETES_DATA("diabetes_data_raw.csv.gz", "fc08fc59c1cbfe65550d9ebb36321d505de9e8f004bf92c1566d2908962f08ff"),
    DIABETES_TARGET("diabetes_target.csv.gz", "bf1ddd1f9d377278450a5f02c24b5e77b1501f2ad673fe9fdf4c4090d27eb5cc"),
    PENGUINS("penguins.csv", "f204db2c753b0937caac3cb35258562c14f073e4bbc76be24b4c51ce22767a93");

    private final String fileName;
    private final String sha256;

    BundledFile(String fileName, String sha256) {
        this.fileName = fileName;
        this.sha256 = sha256;
    }

    String fileName() {
        return fileName;
    }

    /** The file's text, after its checksum is verified (gzip files are decompressed). */
    String text() {
        byte[] bytes = read();
        return verifiedText(fileName, bytes, sha256);
    }

    static String verifiedText(String fileName, byte[] bytes, String expectedSha256) {
        String actual = sha256(bytes);
        if (!actual.equals(expectedSha256)) {
            throw new IllegalStateException("dataset file " + fileName + " is corrupt: its SHA-256 must be "
                    + expectedSha256 + " but is " + actual + " (" + bytes.length
                    + " bytes); restore it from version control");
        }
        if (fileName.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("dataset file " + fileName + " is not valid gzip", e);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private byte[] read() {
        try (InputStream in = BundledFile.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("dataset file " + fileName
                        + " is missing from the classpath (expected at io/mlpath/datasets/" + fileName
                        + " in mlpath-datasets); restore it from version control");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset file " + fileName, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
