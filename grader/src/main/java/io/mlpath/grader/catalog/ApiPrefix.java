package io.mlpath.grader.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The three shapes a ban or allowance prefix may take, and which names each one covers.
 *
 * <ul>
 *   <li>a <b>package</b> ends with a dot and covers everything below it:
 *       {@code java.net.} covers {@code java.net.Socket} and {@code java.net.http.HttpClient.send};</li>
 *   <li>a <b>class</b> (nested classes written with {@code $}) covers the class, its nested classes
 *       and its members: {@code java.lang.ProcessBuilder} covers {@code java.lang.ProcessBuilder$Redirect}
 *       and {@code java.lang.ProcessBuilder.start}, but not {@code java.lang.ProcessBuilderX};</li>
 *   <li>a <b>member</b> (a class, a dot, a name starting in lower case) covers that member alone,
 *       every overload of it: {@code java.lang.System.exit} covers {@code java.lang.System.exit}, not
 *       {@code java.lang.System.exitFoo}.</li>
 * </ul>
 *
 * <p>Names are dotted binary names as the bytecode scan reports them: {@code java.io.File} for a
 * class, {@code java.lang.System.exit} for a member (owner, dot, member name).
 */
public enum ApiPrefix {
    PACKAGE("(?:[a-z_][a-z0-9_]*\\.)+"),
    CLASS("(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:\\$[A-Za-z0-9_]+)*"),
    MEMBER("(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:\\$[A-Za-z0-9_]+)*\\.[a-z_][A-Za-z0-9_]*");

    /** The rule every prefix must follow, as error messages state it. */
    public static final String RULE = "a prefix is a package ending in a dot (java.net.), a class (java.lang.ProcessBuilder,"
            + " nested classes with $) or a member (java.lang.System.exit)";

    private final Pattern pattern;

    ApiPrefix(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The shape of {@code prefix}, or empty when it has none of the three. */
    public static Optional<ApiPrefix> of(String prefix) {
        if (prefix == null) {
            return Optional.empty();
        }
        for (ApiPrefix shape : values()) {
            if (shape.pattern.matcher(prefix).matches()) {
                return Optional.of(shape);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code prefix}, which has this shape, covers {@code name}. */
    public boolean covers(String prefix, String name) {
        return switch (this) {
            case PACKAGE -> name.startsWith(prefix);
            case CLASS -> name.equals(prefix) || name.startsWith(prefix + "$") || name.startsWith(prefix + ".");
            case MEMBER -> name.equals(prefix);
        };
    }
}
