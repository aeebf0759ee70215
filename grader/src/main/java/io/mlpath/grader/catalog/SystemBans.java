package io.mlpath.grader.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The APIs that no challenge of any module may use, whatever its catalog says: ending or
 * spawning processes, reflection and class loading, native code and JVM-wide state, files, the
 * network, JVM management, the grader and the test framework.
 *
 * <p>They protect the grading JVM, which runs every challenge's tests, and the grade itself: code
 * that exits the JVM, reads the hidden tests from disk or rewrites a system property would break
 * or falsify more than its own challenge. A challenge that needs one of them (a model registry on
 * disk, an HTTP server) lifts exactly that ban with an {@link Allowance} in its catalog entry.
 *
 * <p>Ordinary Java stays legal: lambdas, method references, string concatenation, records and
 * pattern switches are compiled to bootstrap calls of JDK factories whose signatures mention
 * {@code java.lang.invoke.MethodHandles.Lookup}; the bytecode scan does not count those
 * bootstraps as uses, so only a direct use of {@code MethodHandles} is banned.
 */
public final class SystemBans {

    private static final List<Ban> ALL = all();

    private SystemBans() {
    }

    /** Every system-wide ban, in the order violations are looked for. */
    public static List<Ban> list() {
        return ALL;
    }

    /** The system-wide bans that apply to {@code entry}: all of them less those its {@code allow} lifts. */
    public static List<Ban> applyingTo(CatalogEntry entry) {
        Set<String> lifted = entry.allow().stream().map(Allowance::prefix).collect(Collectors.toSet());
        return ALL.stream().filter(ban -> !lifted.contains(ban.prefix())).toList();
    }

    /** Whether {@code prefix} is exactly the prefix of a system-wide ban. */
    public static boolean isBanned(String prefix) {
        return ALL.stream().anyMatch(ban -> ban.prefix().equals(prefix));
    }

    private static List<Ban> all() {
        List<Ban> bans = new ArrayList<>();
        add(bans, "it stops the Java virtual machine that runs the grader, so no test of any challenge could report",
                "throw an exception (e.g. IllegalArgumentException) that says what went wrong",
                "java.lang.System.exit", "java.lang.Runtime.exit", "java.lang.Runtime.halt");
        add(bans, "starting other programs is outside what a challenge grades and can harm the machine that grades it",
                "compute the result in Java, inside your method",
                "java.lang.Runtime.exec", "java.lang.ProcessBuilder", "java.lang.ProcessHandle");
        add(bans, "reflection reaches into the private state of other classes, the grader's and the tests' included",
                "call constructors, methods and fields directly (getClass().getName() and getSimpleName() stay allowed)",
                "java.lang.reflect.", "java.lang.Class.forName", "java.lang.Class.getDeclaredField",
                "java.lang.Class.getDeclaredFields", "java.lang.Class.getDeclaredMethod", "java.lang.Class.getDeclaredMethods",
                "java.lang.Class.getDeclaredConstructor", "java.lang.Class.getDeclaredConstructors",
                "java.lang.Class.getDeclaredClasses", "java.lang.Class.getMethod", "java.lang.Class.getMethods",
                "java.lang.Class.getField", "java.lang.Class.getFields", "java.lang.Class.getConstructor",
                "java.lang.Class.getConstructors", "java.lang.Class.newInstance");
        add(bans, "method and variable handles are reflection by another name",
                "call the method directly, or pass behaviour as a lambda (java.util.function)",
                "java.lang.invoke.MethodHandles", "java.lang.invoke.VarHandle");
        add(bans, "reading resources from the class path can read the hidden tests and their expected values",
                "work on the data your method receives as parameters",
                "java.lang.Class.getResource", "java.lang.Class.getResourceAsStream");
        add(bans, "loading or defining classes yourself bypasses the classes the grader checks",
                "use the classes you need by name in your code",
                "java.lang.ClassLoader");
        add(bans, "it reads and writes raw memory and can crash the grading JVM",
                "use arrays and ordinary objects",
                "sun.misc.Unsafe");
        add(bans, "these are the JDK's internal packages, not a public API: they change without notice and bypass the JVM's checks",
                "use the public java.* API",
                "jdk.internal.", "sun.");
        add(bans, "native code runs outside the JVM's checks and can crash the grader",
                "write the computation in Java",
                "java.lang.System.load", "java.lang.System.loadLibrary", "java.lang.Runtime.load",
                "java.lang.Runtime.loadLibrary");
        add(bans, "it changes what the whole grading JVM may do, for every challenge",
                "nothing: your code needs no security settings",
                "java.lang.System.setSecurityManager");
        add(bans, "it replaces a standard stream of the whole grading JVM, which the grader and every challenge share",
                "print with System.out.println, or better, return values for the tests to check",
                "java.lang.System.setOut", "java.lang.System.setErr", "java.lang.System.setIn");
        add(bans, "system properties configure the grader (the seed offset among them), so changing one affects every challenge",
                "pass settings as parameters or keep them as constants in your class",
                "java.lang.System.setProperty", "java.lang.System.setProperties", "java.lang.System.clearProperty");
        add(bans, "environment variables can hold the grading machine's secrets, and your results must not depend on the machine",
                "pass settings as parameters or keep them as constants in your class",
                "java.lang.System.getenv");
        add(bans, "a shutdown hook runs after grading, where no test watches it",
                "clean up in the method that needs it, with try/finally",
                "java.lang.Runtime.addShutdownHook");
        add(bans, "challenges take their data as parameters, and files could reveal the hidden tests or change your repository",
                "work on the arrays and objects your method receives, and return the result",
                "java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream", "java.io.FileReader",
                "java.io.FileWriter", "java.io.RandomAccessFile", "java.io.FileDescriptor", "java.nio.file.",
                "java.nio.channels.");
        add(bans, "grading runs offline, and code that opens connections could send your data or the grader's elsewhere",
                "work on the data your method receives",
                "java.net.http.", "java.net.", "javax.net.");
        add(bans, "they inspect or change the running JVM, the grader's classes included",
                "leave measuring to the tests; your method only computes its result",
                "java.lang.management.", "javax.management.", "java.lang.instrument.");
        add(bans, "the grader scores your code, and code that calls it could change its own score",
                "write the challenge's logic yourself; the tests call your class",
                "io.mlpath.grader.");
        add(bans, "the test framework runs the grading, and challenge code must neither depend on it nor change it",
                "keep tests under src/test/java; the class you write needs no JUnit",
                "org.junit.");
        return List.copyOf(bans);
    }

    private static void add(List<Ban> bans, String why, String instead, String... prefixes) {
        for (String prefix : prefixes) {
            bans.add(new Ban(prefix, why, instead));
        }
    }
}
