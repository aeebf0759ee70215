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
}
