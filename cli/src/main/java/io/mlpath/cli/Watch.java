package io.mlpath.cli;

import io.mlpath.cli.work.ModuleClasspaths;
import io.mlpath.cli.work.Worker;
import io.mlpath.grader.catalog.Catalog;
import io.mlpath.grader.catalog.CatalogEntry;
import io.mlpath.grader.run.SourceCompiler;
import io.mlpath.grader.run.WorkerReply;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The engine of {@code ./mlpath watch}: notices saved learner sources by polling their size and
 * modification time (portable and quick: a phase has a few dozen files), and re-runs the
 * challenge that owns the saved file in a warm worker JVM per module. A worker that dies (for
 * example through {@code System.exit} in learner code) is reported and started again on the
 * next save.
 */
final class Watch implements AutoCloseable {

    /** A saved file and when it was saved. */
    record Save(Path file, long savedAtMillis) {
    }

    private record Stamp(long modified, long size) {
    }

    private final Progress progress;
    private final Consumer<String> learnerOutput;
    private final Map<Path, Worker> workers = new HashMap<>();
    private Map<Path, Stamp> seen;

    Watch(Progress progress, Consumer<String> learnerOutput) {
        this.progress = progress;
        this.learnerOutput = learnerOutput;
        this.seen = snapshot();
    }

    /** Waits for the next save of a learner source (polling every {@code pollMillis}) and returns it. */
    Save awaitSave(long pollMillis) throws InterruptedException {
        while (true) {
            Thread.sleep(pollMillis);
            Map<Path, Stamp> now = snapshot();
            Optional<Path> changed = now.entrySet().stream().filter(e -> !e.getValue().equals(seen.get(e.getKey())))
                    .map(Map.Entry::getKey).findFirst();
            seen = now;
            if (changed.isPresent()) {
                return new Save(changed.get(), now.get(changed.get()).modified());
            }
        }
    }

    /** The challenge that owns {@code file}, if any. */
    Optional<CatalogEntry> owner(Path file) {
        for (Catalog catalog : progress.catalogs()) {
            Path root = catalog.moduleDir().resolve("src/main/java");
            if (file.startsWith(root)) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String type = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
                return catalog.challenges().stream().filter(e -> e.classes().contains(type)).findFirst();
            }
        }
        return Optional.empty();
    }

    /** Compiles and tests {@code id} in its module's worker, starting the worker if needed. */
    WorkerReply test(String id) throws Worker.Died {
        Path module = progress.moduleOf(id);
        Worker worker = workers.get(module);
        if (worker == null || !worker.alive()) {
            worker = Worker.start(module, ModuleClasspaths.of(progress.root(), module), learnerOutput);
            workers.put(module, worker);
        }
        try {
            return worker.test(id);
        } catch (Worker.Died e) {
            workers.remove(module);
            throw e;
        }
    }

    /** Tests {@code id}, prints its verdict and records the results; a dead worker is reported, not fatal. */
    void testAndPrint(String id, PrintWriter out) {
        try {
            WorkerReply reply = test(id);
            Verdict.print(out, reply, progress.require(id).title(), progress.root());
            TestCommand.record(progress.root(), progress.moduleOf(id), reply);
        } catch (Worker.Died e) {
            out.println(id + ": " + e.getMessage());
            out.println("  A new JVM starts on your next save.");
        }
        out.flush();
    }

    private Map<Path, Stamp> snapshot() {
        Map<Path, Stamp> stamps = new LinkedHashMap<>();
        for (Catalog catalog : progress.catalogs()) {
            List<Path> files;
            try {
                files = SourceCompiler.javaFilesUnder(catalog.moduleDir().resolve("src/main/java"));
            } catch (UncheckedIOException e) {
                continue; // a directory vanished mid-walk: the next poll sees the new state
            }
            for (Path file : files) {
                try {
                    stamps.put(file, new Stamp(Files.getLastModifiedTime(file).toMillis(), Files.size(file)));
                } catch (IOException e) {
                    // deleted between listing and reading: seen as a change on the next poll
                }
            }
        }
        return stamps;
    }

    /** The modules being watched, for the banner. */
    List<Path> modules() {
        return progress.catalogs().stream().map(Catalog::moduleDir).toList();
    }

    @Override
    public void close() {
        workers.values().forEach(Worker::close);
        workers.clear();
    }
}
