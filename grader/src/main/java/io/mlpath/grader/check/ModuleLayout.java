package io.mlpath.grader.check;

import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.run.ChallengeFiles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The source roots of a phase module, as the challenge format defines them.
 *
 * @param moduleDir the module
 * @param catalog   its catalog
 */
record ModuleLayout(Path moduleDir, Catalog catalog) {

    Path stubs() {
        return moduleDir.resolve("src/main/java");
    }

    Path solutions() {
        return moduleDir.resolve("src/solution/java");
    }

    Path publicTests() {
        return moduleDir.resolve("src/test/java");
    }

    Path hiddenTests() {
        return moduleDir.resolve("src/grading/java");
    }

    Path mistakes() {
        return moduleDir.resolve("src/mistakes/java");
    }

    Path plots() {
        return moduleDir.resolve(ChallengeFiles.PLOTS);
    }

    /** The catalog entry listing {@code className} among its classes. */
    Optional<CatalogEntry> owner(String className) {
        return catalog.challenges().stream().filter(e -> e.classes().contains(className)).findFirst();
    }

    /** {@code io/mlpath/p1/linalg/Pca.java} → {@code io.mlpath.p1.linalg.Pca}. */
    static String className(String relativePath) {
        return relativePath.replace('\\', '/').replaceAll("\\.java$", "").replace('/', '.');
    }

    /** A path relative to the module, for messages. */
    String show(Path path) {
        return moduleDir.getFileName() + "/" + moduleDir.relativize(path).toString().replace('\\', '/');
    }
}
