package io.mlpath.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatasetsTest {

    @Test
    @DisplayName("Iris has 150 rows of 4 features and 50 flowers per species")
    void iris() {
        ClassificationData iris = Datasets.iris();
        assertThat(iris.size()).isEqualTo(150);
        assertThat(iris.dimension()).isEqualTo(4);
        assertThat(iris.features()[0]).containsExactly(5.1, 3.5, 1.4, 0.2);
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(Arrays.stream(iris.labels()).filter(y -> y == 2).count()).isEqualTo(50);
    }

    @Test
    @DisplayName("the other datasets have their documented shapes and class counts")
    void shapes() {
        ClassificationData cancer = Datasets.breastCancer();
        assertThat(cancer.size()).isEqualTo(569);
        assertThat(cancer.dimension()).isEqualTo(30);
        assertThat(Arrays.stream(cancer.labels()).filter(y -> y == 1).count()).isEqualTo(357);
        assertThat(Datasets.wine().size()).isEqualTo(178);
        ClassificationData digits = Datasets.digits();
        assertThat(digits.size()).isEqualTo(1797);
        assertThat(digits.features()[0]).hasSize(64);
        RegressionData diabetes = Datasets.diabetes();
        assertThat(diabetes.size()).isEqualTo(442);
        assertThat(diabetes.features()[0]).containsExactly(59, 2, 32.1, 101.0, 157, 93.2, 38.0, 4.0, 4.8598, 87);
        assertThat(diabetes.targets()[0]).isEqualTo(151.0);
    }

    @Test
    @DisplayName("Palmer Penguins has 344 rows with NaN and null for the source's NA values")
    void penguins() {
        MixedData penguins = Datasets.penguins();
        assertThat(penguins.size()).isEqualTo(344);
        assertThat(penguins.numeric()[0]).containsExactly(39.1, 18.7, 181, 3750, 2007);
        assertThat(penguins.categorical()[0]).containsExactly("Adelie", "Torgersen", "male");
        assertThat(Arrays.stream(penguins.numericColumn("body_mass_g")).filter(Double::isNaN).count()).isEqualTo(2);
        assertThat(Arrays.stream(penguins.categoricalColumn("sex")).filter(s -> s == null).count()).isEqualTo(11);
        assertThat(Arrays.stream(penguins.categoricalColumn("species")).distinct())
                .containsExactly("Adelie", "Gentoo", "Chinstrap");
        assertThatThrownBy(() -> penguins.numericColumn("beak")).hasMessageContaining("has no column 'beak'");
    }

    @Test
    @DisplayName("each load is a fresh copy, so a challenge may modify it")
    void freshCopies() {
        Datasets.iris().features()[0][0] = -1;
        assertThat(Datasets.iris().features()[0][0]).isEqualTo(5.1);
    }

    @Test
    @DisplayName("a file whose checksum differs is rejected, naming the file and both checksums")
    void corrupt() {
        byte[] altered = "150,4,a,b,c\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BundledFile.verifiedText("iris.csv", altered, "f13ffa8f"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataset file iris.csv is corrupt: its SHA-256 must be f13ffa8f but is "
                        + BundledFile.sha256(altered))
                .hasMessageContaining("restore it from version control");
    }
}
