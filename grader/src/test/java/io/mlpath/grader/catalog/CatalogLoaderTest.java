package io.mlpath.grader.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    @TempDir
    Path dir;

    static String entry(String id, String topic, int order) {
        return """
            {"id": "%s", "title": "T", "topic": "%s", "order": %d, "difficulty": 2, "seedTopic": "S",
             "classes": ["io.mlpath.p1.linalg.Pca"], "hints": ["h1"], "reading": ["r"]}""".formatted(id, topic, order);
    }

    Path write(String challenges) throws IOException {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"phase\": 1, \"title\": \"Foundations\", \"challenges\": ["
                + challenges + "]}");
        return file;
    }

    @Test
    @DisplayName("a valid catalog loads with its entries sorted by order")
    void loads() throws IOException {
        Catalog catalog = CatalogLoader.load(write(entry("p1.linalg.b", "linalg", 2) + "," + entry("p1.linalg.a", "linalg", 1)));
        assertThat(catalog.challenges()).extracting(CatalogEntry::id).containsExactly("p1.linalg.a", "p1.linalg.b");
        assertThat(catalog.moduleDir()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    @DisplayName("an id of another phase is rejected, naming the rule and the id")
    void wrongPhase() throws IOException {
        Path file = write(entry("p2.linalg.a", "linalg", 1));
        assertThatThrownBy(() -> CatalogLoader.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p2.linalg.a").hasMessageContaining("must start with p1.");
    }

    @Test
    @DisplayName("a topic that disagrees with the id, a duplicate order and a missing field are rejected")
    void rules() throws IOException {
        Path topic = write(entry("p1.linalg.a", "stats", 1));
        assertThatThrownBy(() -> CatalogLoader.load(topic)).hasMessageContaining("topic must be the middle part of the id ('linalg'), was 'stats'");
        Path order = write(entry("p1.linalg.a", "linalg", 1) + "," + entry("p1.linalg.b", "linalg", 1));
        assertThatThrownBy(() -> CatalogLoader.load(order)).hasMessageContaining("order 1 is used twice");
        Path missing = write("{\"id\": \"p1.linalg.a\"}");
        assertThatThrownBy(() -> CatalogLoader.load(missing)).hasMessageContaining("does not match the catalog format");
    }

    @Test
    @DisplayName("an unknown field is rejected rather than silently ignored")
    void unknownField() throws IOException {
        Path file = write(entry("p1.linalg.a", "linalg", 1).replace("\"hints\"", "\"hintz\": [], \"hints\""));
        assertThatThrownBy(() -> CatalogLoader.load(file)).hasMessageContaining("hintz");
    }

    static String withAllow(String allow) {
        return entry("p1.linalg.a", "linalg", 1).replace("\"reading\": [\"r\"]}", "\"reading\": [\"r\"], \"allow\": [" + allow + "]}");
    }

    @Test
    @DisplayName("an allowance that names a system-wide ban loads; without one an entry allows nothing")
    void allowLoads() throws IOException {
        Catalog catalog = CatalogLoader.load(write(withAllow("{\"prefix\": \"java.nio.file.\", \"why\": \"models live on disk\"}")
                + "," + entry("p1.linalg.b", "linalg", 2)));
        assertThat(catalog.challenges().get(0).allow()).containsExactly(new Allowance("java.nio.file.", "models live on disk"));
        assertThat(catalog.challenges().get(1).allow()).isEmpty();
    }

    @Test
    @DisplayName("an allowance with a prefix of no known shape is rejected, naming the rule and the prefix")
    void allowShape() throws IOException {
        Path file = write(withAllow("{\"prefix\": \"java.nio.file\", \"why\": \"models live on disk\"}"));
        assertThatThrownBy(() -> CatalogLoader.load(file)).hasMessageContaining("p1.linalg.a allow")
                .hasMessageContaining("a prefix is a package ending in a dot (java.net.)").hasMessageContaining("was 'java.nio.file'");
    }

    @Test
    @DisplayName("an allowance without a reason is rejected")
    void allowWhy() throws IOException {
        Path file = write(withAllow("{\"prefix\": \"java.nio.file.\", \"why\": \" \"}"));
        assertThatThrownBy(() -> CatalogLoader.load(file)).hasMessageContaining("p1.linalg.a allow java.nio.file.")
                .hasMessageContaining("an allowance must say why the challenge needs the API (field 'why')");
    }

    @Test
    @DisplayName("an allowance that matches no system-wide ban is rejected, listing the bans nearby")
    void allowUnknownBan() throws IOException {
        Path file = write(withAllow("{\"prefix\": \"java.io.Files\", \"why\": \"models live on disk\"}"));
        assertThatThrownBy(() -> CatalogLoader.load(file)).hasMessageContaining("p1.linalg.a allow java.io.Files")
                .hasMessageContaining("no system-wide ban has this prefix")
                .hasMessageContaining("those under java.io. are java.io.File, java.io.FileInputStream");
        Path member = write(withAllow("{\"prefix\": \"java.lang.System.exitFoo\", \"why\": \"w\"}"));
        assertThatThrownBy(() -> CatalogLoader.load(member)).hasMessageContaining("no system-wide ban has this prefix");
    }

    @Test
    @DisplayName("an allowance listed twice is rejected, and module-level allow is not a field")
    void allowTwiceOrAtModuleLevel() throws IOException {
        String net = "{\"prefix\": \"java.net.\", \"why\": \"serves HTTP\"}";
        Path twice = write(withAllow(net + "," + net));
        assertThatThrownBy(() -> CatalogLoader.load(twice)).hasMessageContaining("the prefix is allowed twice");
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"phase\": 1, \"title\": \"F\", \"allow\": [" + net
                + "], \"challenges\": [" + entry("p1.linalg.a", "linalg", 1) + "]}");
        assertThatThrownBy(() -> CatalogLoader.load(file)).hasMessageContaining("does not match the catalog format")
                .hasMessageContaining("allow");
    }

    @Test
    @DisplayName("a ban whose prefix has no known shape is rejected, naming the rule and the prefix")
    void banShape() throws IOException {
        Path file = write(entry("p1.linalg.a", "linalg", 1).replace("\"reading\": [\"r\"]}",
                "\"reading\": [\"r\"], \"bans\": [{\"prefix\": \"org.apache.commons.math3\", \"why\": \"w\", \"instead\": \"i\"}]}"));
        assertThatThrownBy(() -> CatalogLoader.load(file)).hasMessageContaining("p1.linalg.a")
                .hasMessageContaining("each ban needs a prefix: a prefix is a package ending in a dot")
                .hasMessageContaining("was 'org.apache.commons.math3'");
    }
}
