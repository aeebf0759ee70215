package io.mlpath.cli.work;

import io.mlpath.grader.run.WorkerMain;
import io.mlpath.grader.run.WorkerReply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A warm JVM for one phase module ({@link WorkerMain}), driven over its stdin and stdout. The
 * learner's code runs there, never in the tool's own JVM: code that ends its JVM ends only the
 * worker, which the tool starts again.
 */
public final class Worker implements AutoCloseable {

    /** The worker JVM ended before it answered. */
    public static final class Died extends Exception {
        private static final long serialVersionUID = 1L;

        Died(String message) {
            super(message);
        }
    }

    private final Process process;
    private final Writer commands;
    private final BufferedReader replies;
    private final Deque<String> recentOutput = new ArrayDeque<>();

    private Worker(Process process, Consumer<String> learnerOutput) {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread pump = new Thread(() -> pump(learnerOutput), "mlpath-worker-output");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts a worker for the module at {@code module}, whose learner code is under
     * {@code module/src/main/java}; lines the learner's code prints go to {@code learnerOutput}.
     */
    public static Worker start(Path module, ModuleClasspaths classpaths, Consumer<String> learnerOutput) {
        List<String> command = WorkerMain.command(javaExecutable(), List.of(), module, module.resolve("src/main/java"),
                classpaths.main(), classpaths.test(), module.resolve("target/mlpath-run"));
        try {
            return new Worker(new ProcessBuilder(command).directory(module.toFile()).start(), learnerOutput);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM for " + module.getFileName() + " with " + command.get(0), e);
        }
    }

    /** Compiles {@code id} if it changed and runs its tests. */
    public WorkerReply test(String id) throws Died {
        return ask("test\t" + id);
    }

    /** Compiles {@code id} if it changed and draws its pictures into {@code dir}. */
    public WorkerReply plot(String id, Path dir) throws Died {
        return ask("plot\t" + id + "\t" + dir.toAbsolutePath());
    }

    /** Whether the JVM is still running. */
    public boolean alive() {
        return process.isAlive();
    }

    private synchronized WorkerReply ask(String command) throws Died {
        String nonce = UUID.randomUUID().toString();
        try {
            commands.write(command + "\t" + nonce + "\n");
            commands.flush();
            for (String line = replies.readLine(); line != null; line = replies.readLine()) {
                WorkerReply reply = WorkerReply.parse(line, nonce);
                if (reply != null) {
                    return reply;
                }
            }
        } catch (IOException e) {
            // the pipe broke: the JVM is gone; say why below
        }
        throw died();
    }

    private Died died() {
        int exit;
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            exit = process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        String last;
        synchronized (recentOutput) {
            last = recentOutput.stream().collect(Collectors.joining("\n    ", "\n    ", ""));
        }
        return new Died("the JVM running your code ended before it answered (exit code " + exit + "). Likely cause:"
                + " System.exit or Runtime.halt in your code, or the JVM ran out of memory. Its last output:" + last);
    }

    private void pump(Consumer<String> learnerOutput) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                synchronized (recentOutput) {
                    recentOutput.addLast(line);
                    if (recentOutput.size() > 10) {
                        recentOutput.removeFirst();
                    }
                }
                learnerOutput.accept(line);
            }
        } catch (IOException e) {
            // the worker ended; its exit is reported by the next command
        }
    }

    @Override
    public void close() {
        try {
            commands.write("quit\n");
            commands.flush();
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            // already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroyForcibly();
        }
    }

    /** The java launcher of the running JVM, so the worker runs on the same JDK as the tool. */
    public static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
