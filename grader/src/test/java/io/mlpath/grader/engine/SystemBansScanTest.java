package io.mlpath.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlpath.grader.catalog.Ban;
import io.mlpath.grader.catalog.SystemBans;
import io.mlpath.grader.run.ChildFirstClassLoader;
import io.mlpath.grader.run.SourceCompiler;
import io.mlpath.grader.run.SourceFile;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles small learner classes, one challenge each, and checks which of them the system-wide
 * bans catch, with which message.
 */
@Timeout(120)
class SystemBansScanTest {

    /** A learner class {@code demo.<name>} with {@code body}, and the use the scan must report (null: none). */
    record Learner(String name, String body, String uses, String ban) {

        String id() {
            return "p9.demo." + name.toLowerCase(Locale.ROOT);
        }

        String source() {
            return "package demo;\npublic class " + name + " {\n" + body + "\n}\n";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Learner> BANNED = List.of(
            new Learner("Exit", "void f() { System.exit(1); }", "java.lang.System.exit", "java.lang.System.exit"),
            new Learner("Halt", "void f() { Runtime.getRuntime().halt(1); }", "java.lang.Runtime.halt", "java.lang.Runtime.halt"),
            new Learner("Spawn", "void f() throws Exception { new ProcessBuilder(\"ls\").start(); }",
                    "java.lang.ProcessBuilder", "java.lang.ProcessBuilder"),
            new Learner("PeekField", "Object f(Object o) throws Exception { return o.getClass().getDeclaredField(\"x\"); }",
                    "java.lang.Class.getDeclaredField", "java.lang.Class.getDeclaredField"),
            new Learner("Load", "Object f() throws Exception { return Class.forName(\"demo.Exit\"); }",
                    "java.lang.Class.forName", "java.lang.Class.forName"),
            new Learner("WriteFile", "void f(String p) throws Exception { java.nio.file.Files.write(java.nio.file.Path.of(p), new byte[1]); }",
                    "java.nio.file.", "java.nio.file."),
            new Learner("OpenFile", "void f() throws Exception { new java.io.FileOutputStream(\"x\").close(); }",
                    "java.io.FileOutputStream", "java.io.FileOutputStream"),
            new Learner("Connect", "void f() throws Exception { new java.net.Socket(\"localhost\", 80).close(); }",
                    "java.net.Socket", "java.net."),
            new Learner("Secrets", "String f() { return System.getenv(\"HOME\"); }", "java.lang.System.getenv",
                    "java.lang.System.getenv"),
            new Learner("Configure", "void f() { System.setProperty(\"mlpath.seed.offset\", \"7\"); }",
                    "java.lang.System.setProperty", "java.lang.System.setProperty"),
            new Learner("ExitRef", "java.util.function.IntConsumer f() { return System::exit; }", "java.lang.System.exit",
                    "java.lang.System.exit"),
            new Learner("Handles", "Object f() { return java.lang.invoke.MethodHandles.lookup(); }",
                    "java.lang.invoke.MethodHandles", "java.lang.invoke.MethodHandles"),
            new Learner("Grader", "long f() { return io.mlpath.grader.Seeds.of(1); }", "io.mlpath.grader.Seeds",
                    "io.mlpath.grader."),
            new Learner("Nested", "static class Inner { void f() { Runtime.getRuntime().addShutdownHook(new Thread()); } }",
                    "java.lang.Runtime.addShutdownHook", "java.lang.Runtime.addShutdownHook"));

    static final List<Learner> ORDINARY = List.of(
            new Learner("Lambdas", """
                    java.util.function.IntUnaryOperator times(int k) { return x -> x * k; }
                    java.util.function.ToIntFunction<String> length() { return String::length; }
                    java.util.function.Supplier<java.util.List<String>> list() { return java.util.ArrayList::new; }
                    Runnable print() { return System.out::println; }""", null, null),
            new Learner("Records", """
                    record Point(double x, double y, String label) { }
                    String show(Point p) { return p.toString() + p.hashCode() + p.equals(p); }""", null, null),
            new Learner("Concat", "String f(int a, double b, Object o) { return \"a=\" + a + \", b=\" + b + o; }", null, null),
            new Learner("Switches", """
                    enum Colour { RED, GREEN }
                    int onString(String s) { return switch (s) { case "a" -> 1; case "b" -> 2; default -> 0; }; }
                    int onEnum(Colour c) { switch (c) { case RED: return 1; default: return 2; } }
                    String onType(Object o) { return o instanceof String t && !t.isEmpty() ? t : ""; }""", null, null),
            new Learner("Enums", """
                    enum Step { A, B;
                        Step next() { return values()[(ordinal() + 1) % values().length]; } }
                    Step parse(String s) { return Step.valueOf(s); }""", null, null),
            new Learner("Streams", """
                    double roots(double[] x) { return java.util.Arrays.stream(x).parallel().map(Math::sqrt).sum(); }
                    java.util.List<Integer> evens() {
                        return java.util.stream.IntStream.range(0, 100).parallel().filter(i -> i % 2 == 0).boxed()
                                .collect(java.util.stream.Collectors.toList()); }
                    java.util.Map<String, Integer> counts() { return new java.util.concurrent.ConcurrentHashMap<>(); }""",
                    null, null),
            new Learner("Plain", """
                    long f(int[] a, int[] b) {
                        System.arraycopy(a, 0, b, 0, a.length);
                        System.out.println(Math.sqrt(2));
                        System.err.println(getClass().getName() + getClass().getSimpleName());
                        return System.nanoTime() + System.currentTimeMillis() + Runtime.getRuntime().availableProcessors(); }
                    String exitMessage() { return "System.exit is not called here"; }""", null, null));

    /** Compiled with {@code --enable-preview}: Java 17 compiles switch patterns only as a preview feature. */
    static final Learner PATTERN_SWITCH = new Learner("PatternSwitch", """
            String f(Object o) {
                return switch (o) {
                    case Integer i -> "int " + i;
                    case String s -> s;
                    default -> "other";
                };
            }""", null, null);

    @TempDir
    static Path module;

    static ClassLoader loader;
    static Map<String, String> violations;

    @BeforeAll
    static void compileAndScan() throws IOException {
        List<Learner> all = Stream.of(BANNED, ORDINARY, List.of(PATTERN_SWITCH)).flatMap(List::stream).toList();
        Files.writeString(module.resolve("catalog.json"), catalog(all));
        Path out = module.resolve("classes");
        List<SourceFile> sources = Stream.concat(BANNED.stream(), ORDINARY.stream())
                .map(l -> new SourceFile(module.resolve(l.name() + ".java"), "demo/" + l.name() + ".java", l.source())).toList();
        assertThat(SourceCompiler.compile(sources, classpath(), out)).isEmpty();
        compilePreview(PATTERN_SWITCH, out);
        loader = new ChildFirstClassLoader(List.of(out), SystemBansScanTest.class.getClassLoader());
        violations = Bans.violations(module, loader);
    }

    static String catalog(List<Learner> learners) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            Learner l = learners.get(i);
            entries.add("""
                    {"id": "%s", "title": "T", "topic": "demo", "order": %d, "difficulty": 1, "seedTopic": "s",
                     "classes": ["demo.%s"], "hints": ["h"], "reading": []}""".formatted(l.id(), i + 1, l.name()));
        }
        return "{\"schemaVersion\": 1, \"phase\": 9, \"title\": \"Demo\", \"challenges\": [" + String.join(",", entries) + "]}";
    }

    static List<Path> classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    static void compilePreview(Learner learner, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///demo/" + learner.name() + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return learner.source();
            }
        };
        List<String> options = List.of("--release", "17", "--enable-preview", "-Xlint:none", "-d", out.toString());
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        assertThat(javac.getTask(null, null, diagnostics, options, null, List.of(source)).call())
                .as("%s compiles with --enable-preview: %s", learner.name(), diagnostics.getDiagnostics()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("banned")
    @DisplayName("each banned use is found, named, and explained with the system-wide ban's reason and remedy")
    void banned(Learner learner) {
        Ban ban = SystemBans.list().stream().filter(b -> b.prefix().equals(learner.ban())).findFirst().orElseThrow();
        assertThat(violations).as("violations by challenge").containsKey(learner.id());
        assertThat(violations.get(learner.id())).startsWith("uses " + learner.uses())
                .contains(" (in demo." + learner.name())
                .contains("), which every challenge bans: " + ban.why() + ". Instead: " + ban.instead() + ".")
                .endsWith("The challenge scores 0 until the use is gone.");
    }

    static List<Learner> banned() {
        return BANNED;
    }

    @Test
    @DisplayName("the use in a nested class is reported with the nested class's name")
    void nestedClassNamed() {
        assertThat(violations.get("p9.demo.nested")).startsWith("uses java.lang.Runtime.addShutdownHook (in demo.Nested$Inner), ");
    }

    @Test
    @DisplayName("lambdas, method references, records, concatenation, switches, enums, parallel streams and System.out stay legal")
    void ordinaryJavaIsLegal() {
        List<String> ids = Stream.concat(ORDINARY.stream(), Stream.of(PATTERN_SWITCH)).map(Learner::id).toList();
        assertThat(violations.keySet()).as("ordinary Java flagged").doesNotContainAnyElementsOf(ids);
        assertThat(violations.keySet()).containsExactlyInAnyOrderElementsOf(BANNED.stream().map(Learner::id).toList());
    }

    @Test
    @DisplayName("bootstraps of the JDK factories are not uses, though their signatures name MethodHandles.Lookup")
    void bootstrapsAreNotUses() throws IOException {
        for (String name : List.of("Lambdas", "Records$Point", "Concat", "PatternSwitch")) {
            byte[] bytes = classBytes(name);
            String raw = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(raw).as("%s's constant pool", name).contains("java/lang/invoke/MethodHandles$Lookup");
            assertThat(BytecodeScan.names(bytes)).as("names %s uses", name)
                    .noneMatch(n -> n.startsWith("java.lang.invoke.MethodHandles"))
                    .noneMatch(n -> BytecodeScan.BOOTSTRAP_FACTORIES.stream().anyMatch(n::startsWith));
        }
        assertThat(new String(classBytes("PatternSwitch"), StandardCharsets.ISO_8859_1)).contains("java/lang/runtime/SwitchBootstraps");
        assertThat(new String(classBytes("Records$Point"), StandardCharsets.ISO_8859_1)).contains("java/lang/runtime/ObjectMethods");
    }

    @Test
    @DisplayName("the scan yields classes, members as owner.name, and strings, but nothing from a bootstrap's signature")
    void scanYieldsMembers() throws IOException {
        assertThat(BytecodeScan.names(classBytes("Plain"))).contains("java.lang.System.arraycopy", "java.lang.System.nanoTime",
                "java.lang.System.out", "java.io.PrintStream.println", "java.lang.Class.getName", "java.lang.System",
                "System.exit is not called here");
        assertThat(BytecodeScan.names(classBytes("ExitRef"))).contains("java.lang.System.exit");
        assertThat(BytecodeScan.names(classBytes("Lambdas"))).contains("java.util.function.IntUnaryOperator", "java.util.ArrayList.<init>")
                .doesNotContain("java.lang.invoke.LambdaMetafactory.metafactory", "java.lang.invoke.CallSite");
    }

    static byte[] classBytes(String name) throws IOException {
        try (var in = loader.getResourceAsStream("demo/" + name + ".class")) {
            assertThat(in).as("class file of demo.%s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
