package io.mlpath.grader.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in process with {@code javax.tools}, reporting errors as
 * {@code file:line: message} against the files on disk.
 */
public final class SourceCompiler {

    private SourceCompiler() {
    }

    /** Every {@code .java} file under {@code root} (none if it does not exist), seen at its own path. */
    public static List<SourceFile> sourcesUnder(Path root) {
        return javaFilesUnder(root).stream().map(f -> SourceFile.under(root, f)).toList();
    }

    /** The paths of every {@code .java} file under {@code root}, sorted, without reading them (none if it does not exist). */
    public static List<Path> javaFilesUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list sources under " + root, e);
        }
    }

    /**
     * Compiles {@code sources} against {@code classpath} into {@code outputDir} for Java 17.
     *
     * @return the errors, one {@code file:line: message} each; empty when the compilation succeeded
     */
    public static List<String> compile(Collection<SourceFile> sources, List<Path> classpath, Path outputDir) {
        return compile(sources, classpath, List.of(), outputDir);
    }

    /**
     * Compiles {@code sources} as {@link #compile(Collection, List, Path)} does, finding the types
     * they use in {@code sourcepath} too: a type whose source there is newer than its class on the
     * classpath is recompiled into {@code outputDir}, so compiling one changed file brings its
     * stale dependencies up to date and nothing else.
     */
    public static List<String> compile(Collection<SourceFile> sources, List<Path> classpath, List<Path> sourcepath,
                                       Path outputDir) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): run mlpath with a JDK 17 or newer, not a JRE");
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + outputDir, e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<JavaFileObject> units = sources.stream().map(InMemorySource::new).collect(Collectors.toList());
            List<String> options = new ArrayList<>(List.of("--release", "17", "-proc:none", "-g", "-encoding", "UTF-8",
                    "-d", outputDir.toString(), "-implicit:" + (sourcepath.isEmpty() ? "none" : "class"), "-Xlint:none"));
            if (!sourcepath.isEmpty()) {
                options.add("-sourcepath");
                options.add(joined(sourcepath));
            }
            options.add("-classpath");
            options.add(joined(classpath));
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(SourceCompiler::format).toList();
            return ok || !errors.isEmpty() ? errors : List.of("the compiler failed without reporting an error");
        } catch (IOException e) {
            throw new UncheckedIOException("compiler file manager failed", e);
        }
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() instanceof InMemorySource s ? s.source.file().toString() : String.valueOf(d.getSource());
        return where + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
    }

    /** A source held in memory under its logical path, so a mistake file can stand in for its twin. */
    private static final class InMemorySource extends SimpleJavaFileObject {
        private final SourceFile source;

        InMemorySource(SourceFile source) {
            super(URI.create("mlpath:///" + source.logicalPath()), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source.text();
        }

        @Override
        public String getName() {
            return source.file().toString();
        }
    }
}
