package io.mlpath.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlpath.grader.catalog.CatalogEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mlpath hint <id>}: the challenge's hints one at a time, the next one on each call, from a
 * nudge to a near-recipe. How many were shown is kept in {@code .mlpath/hints.json} at the root
 * (ignored by git, untouched by builds).
 */
@Command(name = "hint", description = "The next hint for a challenge (one more each time).")
final class HintCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<id>", description = "a challenge id, e.g. p1.linalg.pca")
    String id;

    @Option(names = "--all", description = "show every hint at once")
    boolean all;

    @Override
    public Integer call() {
        Progress progress = Progress.of(main.root());
        PrintWriter out = spec.commandLine().getOut();
        CatalogEntry entry = progress.require(id);
        Path file = progress.root().resolve(".mlpath").resolve("hints.json");
        ObjectNode shown = read(file);
        int already = shown.path(id).asInt(0);
        int upTo = all ? entry.hints().size() : Math.min(already + 1, entry.hints().size());
        for (int i = 0; i < upTo; i++) {
            out.println("Hint " + (i + 1) + "/" + entry.hints().size() + ": " + entry.hints().get(i));
        }
        if (upTo == entry.hints().size() && already >= upTo) {
            out.println("(that was the last hint; the javadoc of the stub has the maths and a worked example)");
        }
        shown.put(id, Math.max(already, upTo));
        write(file, shown);
        return 0;
    }

    private static ObjectNode read(Path file) {
        try {
            return Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        } catch (IOException | ClassCastException e) {
            return JSON.createObjectNode(); // a damaged counter only means hints start again from the first
        }
    }

    private static void write(Path file, ObjectNode shown) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), shown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record shown hints in " + file, e);
        }
    }
}
